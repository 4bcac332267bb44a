using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// The single writer of a campaign's judging (keyed by the campaign id): its panels and, later, assignments, score
/// sheets and results. Authorization happens before a command reaches it.
/// </summary>
public interface IJudgingGrain : IGrainWithGuidKey
{
    Task<CommandResult<Guid>> CreatePanelAsync(CreatePanelCommand command);
}
