using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// The single writer of a campaign's judging (keyed by the campaign id): its panels, assignments, score sheets and
/// results, and the keeper of its live ranking. Authorization happens before a command reaches it.
/// </summary>
public interface IJudgingGrain : IGrainWithGuidKey
{
    Task<CommandResult<Guid>> CreatePanelAsync(CreatePanelCommand command);

    /// <summary>Assigns judges of a panel; returns how many assignments were added.</summary>
    Task<CommandResult<int>> AssignJudgesAsync(AssignJudgesCommand command);

    /// <summary>The judge sets their assignment aside for a conflict of interest; the entry gets another judge where one is free.</summary>
    Task<CommandResult<Guid>> DeclareConflictAsync(Guid entryId, Guid judgeId, string reason);

    /// <summary>Validates and locks the judge's sheet; the assignment becomes SCORED.</summary>
    Task<CommandResult<Guid>> SubmitScoreSheetAsync(SubmitScoreSheetCommand command);

    /// <summary>The panel's chair reopens a submitted sheet with a reason (audited); the assignment is ASSIGNED again.</summary>
    Task<CommandResult<Guid>> ReopenScoreSheetAsync(Guid assignmentId, string reason, Guid actorId);

    /// <summary>Records a closed council vote with its minutes' facts; returns its id.</summary>
    Task<CommandResult<Guid>> RecordPanelVoteAsync(RecordPanelVoteCommand command);
}
