using GraphQL.Types;
using InitiativeHub.Domain.Judging;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>A judge's sheet for one entry: points per criterion, comments, weighted total; locked once submitted.</summary>
public sealed class ScoreSheetGraphType : ObjectGraphType<ScoreSheet>
{
    public ScoreSheetGraphType()
    {
        Name = "ScoreSheet";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionScoreGraphType>>>>("scores").Resolve(c => c.Source.Scores);
        Field<NonNullGraphType<DecimalGraphType>>("total").Description("Σ points × weight (of the points given so far on a draft).").Resolve(c => c.Source.Total ?? 0m);
        Field<StringGraphType>("comment").Resolve(c => c.Source.Comment);
        Field<VietnamDateTimeGraphType>("submittedAt").Description("Null while a draft (never submitted, or reopened).").Resolve(c => c.Source.SubmittedAt);
    }
}
