using InitiativeHub.Application.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class PanelVoteRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IPanelVoteRepository
{
    public async Task AddAsync(PanelVoteRecord vote, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PanelVotes.Add(vote);
        await db.SaveAuditedAsync(
            clock, vote.RecordedBy, "PanelVote", vote.Id, "vote-recorded",
            new
            {
                vote.PanelId,
                vote.Subject,
                Kind = vote.Kind.ToString(),
                vote.EntryIds,
                Threshold = $"{vote.ThresholdNumerator}/{vote.ThresholdDenominator}",
                Members = vote.MemberIds.Count,
                Present = vote.PresentIds,
                vote.Yes,
                vote.No,
                vote.Abstain,
                vote.RequiredYes,
                vote.Passed,
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<PanelVoteRecord>> ListByPanelAsync(Guid panelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PanelVotes.AsNoTracking().Where(v => v.PanelId == panelId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PanelVoteRecord>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PanelVotes.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }
}
