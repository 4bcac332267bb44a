using GraphQL.Types;
using InitiativeHub.Application.Directives;
using InitiativeHub.GraphQL.Entries;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>The platform's figures of one category and kind.</summary>
public sealed class FigureBreakdownRowGraphType : ObjectGraphType<FigureBreakdownRow>
{
    public FigureBreakdownRowGraphType()
    {
        Name = "FigureBreakdownRow";
        Field<NonNullGraphType<StringGraphType>>("categoryName").Resolve(c => c.Source.CategoryName);
        Field<NonNullGraphType<EntryKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("initiativesSubmitted").Resolve(c => c.Source.EntriesSubmitted);
        Field<NonNullGraphType<IntGraphType>>("initiativesRecognized").Resolve(c => c.Source.InitiativesRecognized);
        Field<NonNullGraphType<IntGraphType>>("awardsApproved").Resolve(c => c.Source.AwardsApproved);
    }
}
