using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class ReopenScoreSheetInputGraphType : InputObjectGraphType<ReopenScoreSheetInput>
{
    public ReopenScoreSheetInputGraphType()
    {
        Name = "ReopenScoreSheetInput";
        Field<NonNullGraphType<IdGraphType>>("assignmentId");
        Field<NonNullGraphType<StringGraphType>>("reason");
    }
}
