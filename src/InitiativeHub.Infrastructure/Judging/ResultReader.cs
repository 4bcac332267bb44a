using InitiativeHub.Application.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class ResultReader(IDbContextFactory<AppDbContext> contexts) : IResultReader
{
    public async Task<IReadOnlyList<EntryResultRecord>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EntryResults.AsNoTracking().Where(r => r.CampaignId == campaignId).OrderBy(r => r.ScoreSortKey).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, EntryResultRecord>> GetByEntryIdsAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EntryResults.AsNoTracking().Where(r => entryIds.Contains(r.EntryId)).ToDictionaryAsync(r => r.EntryId, cancellationToken);
    }
}
