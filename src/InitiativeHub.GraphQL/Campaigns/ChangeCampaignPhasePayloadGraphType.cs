using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class ChangeCampaignPhasePayloadGraphType : PayloadGraphType<Campaign>
{
    public ChangeCampaignPhasePayloadGraphType()
        : base("ChangeCampaignPhasePayload")
    {
        Field<CampaignGraphType>("campaign").Resolve(c => c.Source.Result);
    }
}
