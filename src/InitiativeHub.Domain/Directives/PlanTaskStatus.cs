namespace InitiativeHub.Domain.Directives;

/// <summary>Progress of a task a plan assigned to a unit.</summary>
public enum PlanTaskStatus
{
    Assigned,
    InProgress,
    Done,
}
