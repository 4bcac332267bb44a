using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardNodeResolver : INodeResolver
{
    public string TypeName => AwardGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleAwardById(context.GetViewer()).Load(id);
}
