namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CriterionInput
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public decimal MaxPoints { get; set; }

    public decimal? Weight { get; set; }
}
