using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// Score sheets, written by the judging grain only; a sheet, its assignment's status and the campaign's recomputed
/// results commit together, audited.
/// </summary>
public interface IScoreSheetRepository
{
    Task<ScoreSheet?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken);

    /// <summary>Every sheet (any status) of the campaign's entries.</summary>
    Task<IReadOnlyList<ScoreSheet>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the sheet and its assignment and, in the same transaction, the stored results that changed:
    /// <paramref name="changedResults"/> are inserted or overwritten, <paramref name="removedResults"/> (entry ids) deleted.
    /// </summary>
    Task SaveAsync(
        ScoreSheet sheet,
        bool isNew,
        AssignmentRecord assignment,
        IReadOnlyList<EntryResultRecord> changedResults,
        IReadOnlyCollection<Guid> removedResults,
        Guid actorId,
        string action,
        object summary,
        CancellationToken cancellationToken);
}
