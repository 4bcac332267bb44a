using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Exports;

public sealed class ExportJobNodeResolver : INodeResolver
{
    public string TypeName => ExportJobGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleExportJobById(context.GetViewer()).Load(id);
}
