using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Entries;

public sealed class EntryReader(IDbContextFactory<AppDbContext> contexts) : IEntryReader
{
    private const double MinimumSimilarity = 0.3;

    private static readonly EntryStatus[] NeverSimilar = [EntryStatus.Draft, EntryStatus.Withdrawn];

    public async Task<IReadOnlyDictionary<Guid, Entry>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Entry>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
    }

    public async Task<Page<Entry>> ListAsync(Guid campaignId, EntryScope scope, EntryFilter filter, EntrySort sort, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Entries.AsNoTracking().Where(e => e.CampaignId == campaignId);
        if (!scope.AllSubmitted)
        {
            var submitterId = scope.SubmitterId;
            var ids = scope.EntryIds ?? [];
            query = query.Where(e => (submitterId != null && e.SubmitterId == submitterId) || ids.Contains(e.Id));
        }
        else
        {
            query = query.Where(e => e.Status != EntryStatus.Draft);
        }

        if (filter.Statuses is { Count: > 0 } statuses)
        {
            query = query.Where(e => statuses.Contains(e.Status));
        }

        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(e => e.CategoryId == categoryId);
        }

        foreach (var word in VietnameseText.FoldedWords(filter.Search))
        {
            query = query.Where(e => e.SearchKey.Contains(word));
        }

        return sort switch
        {
            EntrySort.SubmittedAtAscending => await KeysetPager.PageAsync(query, e => e.SubmittedSortKey, page, cancellationToken),
            EntrySort.SubmittedAtDescending => await KeysetPager.PageAsync(query, e => e.SubmittedSortKey, page, cancellationToken, descending: true),
            EntrySort.TitleAscending => await KeysetPager.PageAsync(query, e => e.TitleSortKey, page, cancellationToken),
            EntrySort.TitleDescending => await KeysetPager.PageAsync(query, e => e.TitleSortKey, page, cancellationToken, descending: true),
            EntrySort.ScoreDescending => await PageByScoreAsync(db, query, page, worstFirst: false, cancellationToken),
            EntrySort.ScoreAscending => await PageByScoreAsync(db, query, page, worstFirst: true, cancellationToken),
            _ => await KeysetPager.PageAsync(query, e => e.SortKey, page, cancellationToken),
        };
    }

    /// <summary>
    /// Orders by the stored ranking's key ("best first"); entries without a rank take "~" + their own key, which sorts
    /// after every rank, so the keyset stays unique and stable.
    /// </summary>
    private static async Task<Page<Entry>> PageByScoreAsync(AppDbContext db, IQueryable<Entry> query, PageRequest page, bool worstFirst, CancellationToken cancellationToken)
    {
        var keyed = query.Select(e => new ScoreKeyedEntry
        {
            Entry = e,
            Key = db.EntryResults.Where(r => r.EntryId == e.Id && r.Rank != null).Select(r => r.ScoreSortKey).FirstOrDefault() ?? "~" + e.SortKey,
        });
        var paged = await KeysetPager.PageAsync(keyed, x => x.Key, page, cancellationToken, descending: worstFirst);
        return new Page<Entry>(paged.Items.Select(i => new PageItem<Entry>(i.Node.Entry, i.Cursor)).ToList(), paged.HasNextPage, paged.HasPreviousPage, paged.TotalCount);
    }

    private sealed class ScoreKeyedEntry
    {
        public required Entry Entry { get; init; }

        public required string Key { get; init; }
    }

    public async Task<IReadOnlyList<Entry>> ListBySubmitterAsync(Guid submitterId, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking().Where(e => e.SubmitterId == submitterId).ToListAsync(cancellationToken);
        // Ordered in memory: SQLite cannot order DateTimeOffset, and one person's entries are few.
        return entries.OrderByDescending(e => e.UpdatedAt).Take(limit).ToList();
    }

    public async Task<EntryVersionRecord?> FindVersionByReceiptAsync(string receiptNumber, CancellationToken cancellationToken)
    {
        var number = receiptNumber.ToUpperInvariant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.EntryVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ReceiptNumber == number, cancellationToken);
        return version?.ToRecord();
    }

    public async Task<IReadOnlyList<EntryVersionRecord>> GetVersionsAsync(Guid entryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = await db.EntryVersions.AsNoTracking().Where(v => v.EntryId == entryId).OrderBy(v => v.Version).ToListAsync(cancellationToken);
        return versions.Select(v => v.ToRecord()).ToList();
    }

    public async Task<IReadOnlyList<SimilarEntryMatch>> FindSimilarAsync(Guid campaignId, string text, Guid? excludeEntryId, int first, CancellationToken cancellationToken)
    {
        var words = VietnameseText.FoldedWords(text);
        if (words.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return [];
        }

        // This campaign and every campaign that closed no later than it (the "earlier campaigns" of the novelty rule).
        var campaignIds = db.Campaigns.Where(c => c.Id == campaignId || c.SubmissionClosesAt <= campaign.SubmissionClosesAt).Select(c => c.Id);
        var candidates = await EntrySearchIndex.MatchAnyAsync(db, words, 200, cancellationToken);
        var entries = await db.Entries.AsNoTracking()
            .Where(e => candidates.Contains(e.Id) && campaignIds.Contains(e.CampaignId) && !NeverSimilar.Contains(e.Status) && e.Id != excludeEntryId)
            .ToListAsync(cancellationToken);
        var rank = candidates.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return entries
            .Select(e => new SimilarEntryMatch(e, Similarity(words, e.SearchKey)))
            .Where(m => m.Similarity >= MinimumSimilarity)
            .OrderByDescending(m => m.Similarity).ThenBy(m => rank[m.Entry.Id])
            .Take(first)
            .ToList();
    }

    /// <summary>The share of the query's words found in the entry (order and diacritics ignored), 0..1.</summary>
    public static double Similarity(IReadOnlyList<string> queryWords, string entrySearchKey)
    {
        var entryWords = entrySearchKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return queryWords.Count == 0 ? 0 : Math.Round((double)queryWords.Count(entryWords.Contains) / queryWords.Count, 3);
    }
}
