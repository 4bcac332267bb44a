using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.Application.Judging;

/// <summary>Read side of stored results (written by the judging grain with the sheet that changed them).</summary>
public interface IResultReader
{
    /// <summary>The campaign's results, best first (unscored entries last).</summary>
    Task<IReadOnlyList<EntryResultRecord>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the campaign's ranked results (or one category's), best first; the page and its total are read from
    /// one committed state of the results.
    /// </summary>
    Task<Page<EntryResultRecord>> PageRankedAsync(Guid campaignId, Guid? categoryId, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, EntryResultRecord>> GetByEntryIdsAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken);
}
