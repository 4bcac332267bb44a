namespace InitiativeHub.GraphQL.Directives;

public sealed class ActivityCountInput
{
    public string Kind { get; set; } = string.Empty;

    public int Count { get; set; }

    public string? Note { get; set; }
}
