using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignPhaseGraphType : EnumerationGraphType<CampaignPhase>
{
    public CampaignPhaseGraphType() => Name = "CampaignPhase";
}
