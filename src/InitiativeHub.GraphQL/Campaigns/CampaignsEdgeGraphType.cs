using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignsEdgeGraphType() : EdgeGraphType<CampaignGraphType, Campaign>("Campaigns");
