using GraphQL.Types;
using InitiativeHub.Application.Directives;


namespace InitiativeHub.GraphQL.Directives;

/// <summary>The issuer's view of a directive: who reported, who is late, the figures over all recipients.</summary>
public sealed class DirectiveAggregateGraphType : ObjectGraphType<DirectiveAggregate>
{
    public DirectiveAggregateGraphType()
    {
        Name = "DirectiveAggregate";
        Field<NonNullGraphType<DirectiveGraphType>>("directive").Resolve(c => c.Source.Directive);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectiveAggregateRowGraphType>>>>("rows").Resolve(c => c.Source.Rows);
        Field<NonNullGraphType<IntGraphType>>("onTime").Resolve(c => c.Source.OnTime);
        Field<NonNullGraphType<IntGraphType>>("late").Resolve(c => c.Source.Late);
        Field<NonNullGraphType<IntGraphType>>("missing").Description("Recipients that have not submitted.").Resolve(c => c.Source.Missing);
        Field<NonNullGraphType<IntGraphType>>("initiativesSubmitted").Description("Counted by the platform over all recipients, each entry once.").Resolve(c => c.Source.Figures.EntriesSubmitted);
        Field<NonNullGraphType<IntGraphType>>("initiativesRecognized").Resolve(c => c.Source.Figures.InitiativesRecognized);
        Field<NonNullGraphType<IntGraphType>>("awardsApproved").Resolve(c => c.Source.Figures.AwardsApproved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureBreakdownRowGraphType>>>>("figuresByCategory").Resolve(c => c.Source.Figures.Breakdown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountGraphType>>>>("activities").Description("Summed over the submitted reports.").Resolve(c => c.Source.Activities);
    }
}
