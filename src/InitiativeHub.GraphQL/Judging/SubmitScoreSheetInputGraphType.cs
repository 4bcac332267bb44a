using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class SubmitScoreSheetInputGraphType : InputObjectGraphType<SubmitScoreSheetInput>
{
    public SubmitScoreSheetInputGraphType()
    {
        Name = "SubmitScoreSheetInput";
        Field<NonNullGraphType<IdGraphType>>("assignmentId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionScoreInputGraphType>>>>("scores").Description("One score per rubric criterion.");
        Field<StringGraphType>("comment");
    }
}
