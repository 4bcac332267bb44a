using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class CriterionScoreInputGraphType : InputObjectGraphType<CriterionScoreInput>
{
    public CriterionScoreInputGraphType()
    {
        Name = "CriterionScoreInput";
        Field<NonNullGraphType<StringGraphType>>("criterionCode");
        Field<NonNullGraphType<DecimalGraphType>>("points");
        Field<StringGraphType>("comment");
    }
}
