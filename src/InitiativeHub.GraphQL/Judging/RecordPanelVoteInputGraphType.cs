using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class RecordPanelVoteInputGraphType : InputObjectGraphType<RecordPanelVoteInput>
{
    public RecordPanelVoteInputGraphType()
    {
        Name = "RecordPanelVoteInput";
        Field<NonNullGraphType<IdGraphType>>("panelId");
        Field<NonNullGraphType<StringGraphType>>("subject").Description("What was put to the vote, e.g. the proposed list of awards.");
        Field<NonNullGraphType<BallotKindGraphType>>("ballot");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("entryIds").Description("The proposed list, in its order.");
        Field<IntGraphType>("thresholdNumerator").Description("With thresholdDenominator: the share of ALL members needed; 2/3 when omitted.");
        Field<IntGraphType>("thresholdDenominator");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("presentMemberIds");
        Field<ListGraphType<NonNullGraphType<PanelBallotInputGraphType>>>("ballots").Description("Open ballot: each voting member's choice.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("votedMemberIds").Description("Secret ballot: who put a ballot in the box.");
        Field<IntGraphType>("yes").Description("Secret ballot: the count of each choice.");
        Field<IntGraphType>("no");
        Field<IntGraphType>("abstain");
    }
}
