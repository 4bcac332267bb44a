using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class DirectiveNodeResolver : INodeResolver
{
    public string TypeName => DirectiveGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleDirectiveById(context.GetViewer()).Load(id);
}
