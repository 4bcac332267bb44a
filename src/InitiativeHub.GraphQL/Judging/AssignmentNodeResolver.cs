using GraphQL;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignmentNodeResolver : INodeResolver
{
    public string TypeName => AssignmentGraphType.TypeName;

    public object? Resolve(IResolveFieldContext context, Guid id) => context.Service<RequestLoaders>().VisibleAssignmentById(context.GetViewer()).Load(id);
}
