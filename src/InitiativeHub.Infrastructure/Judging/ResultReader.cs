using System.Data;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class ResultReader(IDbContextFactory<AppDbContext> contexts) : IResultReader
{
    public async Task<IReadOnlyList<EntryResultRecord>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EntryResults.AsNoTracking().Where(r => r.CampaignId == campaignId).OrderBy(r => r.ScoreSortKey).ToListAsync(cancellationToken);
    }

    public async Task<Page<EntryResultRecord>> PageRankedAsync(Guid campaignId, Guid? categoryId, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Why a read transaction: the total and the page must come from one committed state, as a sheet replaces the
        // results whole. On SQLite it is deferred, so readers never take the write lock the group commit holds.
        await using var transaction = db.Database.GetDbConnection() is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await db.Database.GetDbConnection().BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var ranked = db.EntryResults.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Rank != null && (categoryId == null || r.CategoryId == categoryId));
        var result = await KeysetPager.PageAsync(ranked, r => r.ScoreSortKey, page, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, EntryResultRecord>> GetByEntryIdsAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.EntryResults.AsNoTracking().Where(r => entryIds.Contains(r.EntryId)).ToDictionaryAsync(r => r.EntryId, cancellationToken);
    }
}
