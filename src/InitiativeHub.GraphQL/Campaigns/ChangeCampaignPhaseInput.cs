using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class ChangeCampaignPhaseInput
{
    public string CampaignId { get; set; } = string.Empty;

    public CampaignPhase Phase { get; set; }
}
