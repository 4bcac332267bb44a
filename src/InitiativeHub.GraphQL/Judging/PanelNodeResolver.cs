using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelNodeResolver : INodeResolver
{
    public string TypeName => PanelGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisiblePanelById(context.GetViewer()).Load(id);
}
