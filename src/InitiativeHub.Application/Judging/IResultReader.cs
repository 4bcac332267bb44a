namespace InitiativeHub.Application.Judging;

/// <summary>Read side of stored results (written by the judging grain with the sheet that changed them).</summary>
public interface IResultReader
{
    /// <summary>The campaign's results, best first (unscored entries last).</summary>
    Task<IReadOnlyList<EntryResultRecord>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, EntryResultRecord>> GetByEntryIdsAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken);
}
