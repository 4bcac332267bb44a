using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Awards;

public sealed class DecideAwardsInputGraphType : InputObjectGraphType<DecideAwardsInput>
{
    public DecideAwardsInputGraphType()
    {
        Name = "DecideAwardsInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardDecisionInputGraphType>>>>("decisions");
        Field<NonNullGraphType<StringGraphType>>("decisionNumber").Description("The decision's number, e.g. 12/QĐ-UBND.");
        Field<CalendarDateGraphType>("decisionDate")
            .Description("The date the decision bears (its signing date); today in Asia/Ho_Chi_Minh when omitted. Not after today nor before the campaign opened.");
    }
}
