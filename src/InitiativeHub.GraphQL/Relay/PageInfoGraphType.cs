using GraphQL.Types;
using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.GraphQL.Relay;

/// <summary>Relay <c>PageInfo</c>, read from a <see cref="Page{T}"/>.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfoSource>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
