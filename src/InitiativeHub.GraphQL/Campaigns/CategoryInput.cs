namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CategoryInput
{
    public string? Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
