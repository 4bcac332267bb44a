using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>Read side of entries.</summary>
public interface IEntryReader
{
    Task<IReadOnlyDictionary<Guid, Entry>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<Page<Entry>> ListAsync(Guid campaignId, EntryScope scope, EntryFilter filter, EntrySort sort, PageRequest page, CancellationToken cancellationToken);

    /// <summary>One submitter's entries across campaigns, most recently changed first.</summary>
    Task<IReadOnlyList<Entry>> ListBySubmitterAsync(Guid submitterId, int limit, CancellationToken cancellationToken);

    Task<EntryVersionRecord?> FindVersionByReceiptAsync(string receiptNumber, CancellationToken cancellationToken);

    Task<IReadOnlyList<EntryVersionRecord>> GetVersionsAsync(Guid entryId, CancellationToken cancellationToken);

    /// <summary>
    /// Submitted entries of this campaign and of campaigns that closed no later, whose title and description share
    /// words with the text, ignoring diacritics and word order; most similar first.
    /// </summary>
    Task<IReadOnlyList<SimilarEntryMatch>> FindSimilarAsync(Guid campaignId, string text, Guid? excludeEntryId, int first, CancellationToken cancellationToken);
}
