using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignFilterInput
{
    public List<CampaignPhase>? Phase { get; set; }

    public string? OrganizerId { get; set; }

    public string? Search { get; set; }
}
