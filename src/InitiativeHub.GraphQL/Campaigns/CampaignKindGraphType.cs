using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignKindGraphType : EnumerationGraphType<CampaignKind>
{
    public CampaignKindGraphType() => Name = "CampaignKind";
}
