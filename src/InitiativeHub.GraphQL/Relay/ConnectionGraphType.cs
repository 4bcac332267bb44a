using GraphQL.Types;
using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>
/// A cursor connection named after its field (<c>OrganizationsConnection</c>): <c>edges</c>, <c>nodes</c>,
/// <c>pageInfo</c>, <c>totalCount</c>, over a keyset <see cref="Page{T}"/>.
/// </summary>
public abstract class ConnectionGraphType<TEdgeGraphType, TNodeGraphType, TNode> : ObjectGraphType<Page<TNode>>
    where TEdgeGraphType : IGraphType
    where TNodeGraphType : IGraphType
{
    protected ConnectionGraphType(string fieldName)
    {
        Name = $"{fieldName}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes").Resolve(c => c.Source.Items.Select(i => i.Node));
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => new PageInfoSource(
            c.Source.HasNextPage,
            c.Source.HasPreviousPage,
            c.Source.Items.Count > 0 ? c.Source.Items[0].Cursor : null,
            c.Source.Items.Count > 0 ? c.Source.Items[^1].Cursor : null));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
    }
}
