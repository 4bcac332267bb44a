using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class AssignmentReader(IDbContextFactory<AppDbContext> contexts) : IAssignmentReader
{
    public async Task<Page<AssignmentRecord>> ListForJudgeAsync(
        Guid judgeId, Guid? campaignId, IReadOnlyCollection<AssignmentStatus>? statuses, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Assignments.AsNoTracking().Where(a => a.JudgeId == judgeId);
        if (campaignId is { } campaign)
        {
            query = query.Where(a => a.CampaignId == campaign);
        }

        if (statuses is { Count: > 0 })
        {
            query = query.Where(a => statuses.Contains(a.Status));
        }

        return await KeysetPager.PageAsync(query, a => a.SortKey, page, cancellationToken);
    }

    public async Task<IReadOnlyList<AssignmentRecord>> ListByPanelAsync(Guid panelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().Where(a => a.PanelId == panelId).OrderBy(a => a.SortKey).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, AssignmentRecord>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    public async Task<AssignmentRecord?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.EntryId == entryId && a.JudgeId == judgeId, cancellationToken);
    }
}
