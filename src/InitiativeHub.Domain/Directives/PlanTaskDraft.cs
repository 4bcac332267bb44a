namespace InitiativeHub.Domain.Directives;

/// <summary>A task the plan assigns to one of the organization's units (phân công nhiệm vụ), due on a date.</summary>
public sealed record PlanTaskDraft(Guid AssigneeId, string Title, string? Description, DateOnly DueOn);
