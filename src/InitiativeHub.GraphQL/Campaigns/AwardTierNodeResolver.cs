using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class AwardTierNodeResolver : INodeResolver
{
    public string TypeName => AwardTierGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleAwardTierById(context.GetViewer()).Load(id);
}
