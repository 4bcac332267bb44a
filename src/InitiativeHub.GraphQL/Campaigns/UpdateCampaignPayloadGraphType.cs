using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class UpdateCampaignPayloadGraphType : PayloadGraphType<Campaign>
{
    public UpdateCampaignPayloadGraphType()
        : base("UpdateCampaignPayload")
    {
        Field<CampaignGraphType>("campaign").Resolve(c => c.Source.Result);
    }
}
