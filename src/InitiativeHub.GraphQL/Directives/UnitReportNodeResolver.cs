using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

public sealed class UnitReportNodeResolver : INodeResolver
{
    public string TypeName => UnitReportGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleUnitReportById(context.GetViewer()).Load(id);
}
