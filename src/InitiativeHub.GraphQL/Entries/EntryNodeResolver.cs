using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Entries;

public sealed class EntryNodeResolver : INodeResolver
{
    public string TypeName => EntryGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleEntryById(context.GetViewer()).Load(id);
}
