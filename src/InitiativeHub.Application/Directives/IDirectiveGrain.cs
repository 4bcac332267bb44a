using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// The single writer of one directive (keyed by its id) and of its recipients' reports, so two members of a unit
/// saving at once are applied one after the other. Authorization happens before a command reaches it.
/// </summary>
public interface IDirectiveGrain : IGrainWithGuidKey
{
    /// <summary>Issues the directive, opens one NOT_STARTED report per recipient and notifies the recipients.</summary>
    Task<CommandResult<Guid>> IssueAsync(IssueDirectiveCommand command);

    /// <summary>Saves or submits a recipient's report; returns the report id.</summary>
    Task<CommandResult<Guid>> SaveReportAsync(SaveUnitReportCommand command);
}
