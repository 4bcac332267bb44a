using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelBallotInputGraphType : InputObjectGraphType<PanelBallotInput>
{
    public PanelBallotInputGraphType()
    {
        Name = "PanelBallotInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field<NonNullGraphType<VoteChoiceGraphType>>("choice");
    }
}
