namespace InitiativeHub.GraphQL.Awards;

public sealed class ProposeAwardsInput
{
    public string CampaignId { get; set; } = string.Empty;
}
