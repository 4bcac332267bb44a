using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Write side of assignments, used by the judging grain only. Every save carries its audit record.</summary>
public interface IAssignmentRepository
{
    Task<IReadOnlyList<AssignmentRecord>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>The campaign's entries in ACCEPTED status (those being judged).</summary>
    Task<IReadOnlyList<Entry>> GetAcceptedEntriesAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>What conflict rules know of the judges: e-mail, full name and the organizations of their role grants.</summary>
    Task<IReadOnlyList<JudgeProfile>> GetJudgeProfilesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>Adds, updates and deletes assignment rows with one audit record, in one transaction.</summary>
    Task SaveAsync(
        IReadOnlyList<AssignmentRecord> added,
        IReadOnlyList<AssignmentRecord> updated,
        IReadOnlyList<AssignmentRecord> removed,
        Guid campaignId,
        Guid actorId,
        string action,
        object summary,
        CancellationToken cancellationToken);
}
