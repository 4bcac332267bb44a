using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Directives;

/// <summary>The single writer of one plan (keyed by its id) and of its tasks.</summary>
public interface IPlanGrain : IGrainWithGuidKey
{
    Task<CommandResult<Guid>> CreateAsync(CreatePlanCommand command);

    /// <summary>Records a task's progress; returns the task id.</summary>
    Task<CommandResult<Guid>> ReportTaskProgressAsync(ReportTaskProgressCommand command);
}
