using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CategoryNodeResolver : INodeResolver
{
    public string TypeName => CategoryGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleCategoryById(context.GetViewer()).Load(id);
}
