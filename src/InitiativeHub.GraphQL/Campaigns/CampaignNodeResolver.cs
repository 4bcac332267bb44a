using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CampaignNodeResolver : INodeResolver
{
    public string TypeName => CampaignGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleCampaignById(context.GetViewer()).Load(id);
}
