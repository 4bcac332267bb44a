using GraphQL.Types;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class CriterionScoreGraphType : ObjectGraphType<CriterionScore>
{
    public CriterionScoreGraphType()
    {
        Name = "CriterionScore";
        Field<NonNullGraphType<StringGraphType>>("criterionCode").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<DecimalGraphType>>("points").Resolve(c => c.Source.Points);
        Field<StringGraphType>("comment").Resolve(c => c.Source.Comment);
    }
}
