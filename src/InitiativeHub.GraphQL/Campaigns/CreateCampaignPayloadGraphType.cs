using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CreateCampaignPayloadGraphType : PayloadGraphType<Campaign>
{
    public CreateCampaignPayloadGraphType()
        : base("CreateCampaignPayload")
    {
        Field<CampaignGraphType>("campaign").Resolve(c => c.Source.Result);
    }
}
