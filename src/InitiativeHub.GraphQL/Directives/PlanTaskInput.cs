namespace InitiativeHub.GraphQL.Directives;

public sealed class PlanTaskInput
{
    public string AssigneeId { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public DateOnly DueOn { get; set; }
}
