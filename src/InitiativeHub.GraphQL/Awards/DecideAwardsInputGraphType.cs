using GraphQL.Types;

namespace InitiativeHub.GraphQL.Awards;

public sealed class DecideAwardsInputGraphType : InputObjectGraphType<DecideAwardsInput>
{
    public DecideAwardsInputGraphType()
    {
        Name = "DecideAwardsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardDecisionInputGraphType>>>>("decisions");
        Field<NonNullGraphType<StringGraphType>>("decisionNumber").Description("The decision's number, e.g. 12/QĐ-UBND.");
    }
}
