using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignsConnectionGraphType() : ConnectionGraphType<CampaignsEdgeGraphType, CampaignGraphType, Campaign>("Campaigns");
