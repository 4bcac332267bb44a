using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class AssignmentRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IAssignmentRepository
{
    public async Task<IReadOnlyList<AssignmentRecord>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().Where(a => a.CampaignId == campaignId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Entry>> GetAcceptedEntriesAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Entries.AsNoTracking().Where(e => e.CampaignId == campaignId && e.Status == EntryStatus.Accepted).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JudgeProfile>> GetJudgeProfilesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(cancellationToken);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => userIds.Contains(g.UserId)).Select(g => new { g.UserId, g.OrganizationId }).ToListAsync(cancellationToken);
        return users
            .Select(u => new JudgeProfile(u.Id, u.Email, u.FullName, grants.Where(g => g.UserId == u.Id).Select(g => g.OrganizationId).Distinct().ToList()))
            .ToList();
    }

    public async Task SaveAsync(
        IReadOnlyList<AssignmentRecord> added,
        IReadOnlyList<AssignmentRecord> updated,
        IReadOnlyList<AssignmentRecord> removed,
        Guid campaignId,
        Guid actorId,
        string action,
        object summary,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Assignments.RemoveRange(removed);
        db.Assignments.UpdateRange(updated);
        db.Assignments.AddRange(added);
        await db.SaveAuditedAsync(clock, actorId, "Campaign", campaignId, action, summary, cancellationToken);
    }
}
