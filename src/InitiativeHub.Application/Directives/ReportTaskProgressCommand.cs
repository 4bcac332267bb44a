using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>A unit marks the progress of a task assigned to it.</summary>
[GenerateSerializer, Immutable, Alias("ih.report-task-progress")]
public sealed record ReportTaskProgressCommand(
    [property: Id(0)] Guid TaskId,
    [property: Id(1)] PlanTaskStatus Status,
    [property: Id(2)] string? Note,
    [property: Id(3)] IReadOnlyList<ActivityCount> Activities,
    [property: Id(4)] Guid ActorId);
