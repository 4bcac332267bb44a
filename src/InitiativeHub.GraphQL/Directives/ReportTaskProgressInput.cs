using InitiativeHub.Domain.Directives;

namespace InitiativeHub.GraphQL.Directives;

public sealed class ReportTaskProgressInput
{
    public string TaskId { get; set; } = string.Empty;

    public PlanTaskStatus Status { get; set; }

    public string? Note { get; set; }

    public List<ActivityCountInput>? Activities { get; set; }
}
