using GraphQL.Types;
using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>An edge named after its connection's field (<c>OrganizationsEdge</c>).</summary>
public abstract class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string fieldName)
    {
        Name = $"{fieldName}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
