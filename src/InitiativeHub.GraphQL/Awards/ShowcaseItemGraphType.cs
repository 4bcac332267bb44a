using GraphQL.Types;
using InitiativeHub.Application.Awards;
using InitiativeHub.GraphQL.Entries;

namespace InitiativeHub.GraphQL.Awards;

/// <summary>A published award with its entry: the public showcase's item.</summary>
public sealed class ShowcaseItemGraphType : ObjectGraphType<ShowcaseItem>
{
    public ShowcaseItemGraphType()
    {
        Name = "ShowcaseItem";
        Field<NonNullGraphType<EntryGraphType>>("entry").Resolve(c => c.Source.Entry);
        Field<NonNullGraphType<AwardGraphType>>("award").Resolve(c => c.Source.Award);
    }
}
