using GraphQL.Types;
using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class RubricGraphType : ObjectGraphType<Rubric>
{
    public RubricGraphType()
    {
        Name = "Rubric";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionGraphType>>>>("criteria").Resolve(c => c.Source.Criteria);
        Field<DecimalGraphType>("passThreshold")
            .Description("Minimum total (after aggregation) for an entry to be eligible for any award.")
            .Resolve(c => c.Source.PassThreshold);
        Field<NonNullGraphType<AggregationGraphType>>("aggregation").Resolve(c => c.Source.Aggregation);
        Field<DecimalGraphType>("disagreementThreshold")
            .Description("Spread (max - min of judges' totals) above which an entry is flagged for re-scoring.")
            .Resolve(c => c.Source.DisagreementThreshold);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tieBreak")
            .Description("Criterion codes compared in order when totals tie; then earlier submission wins.")
            .Resolve(c => c.Source.TieBreak);
        Field<NonNullGraphType<DecimalGraphType>>("maxTotal").Description("The highest weighted total a sheet can reach.").Resolve(c => c.Source.MaxTotal);
    }
}
