using GraphQL.Types;

namespace InitiativeHub.GraphQL.Judging;

public sealed class AssignJudgesInputGraphType : InputObjectGraphType<AssignJudgesInput>
{
    public AssignJudgesInputGraphType()
    {
        Name = "AssignJudgesInput";
        Field<NonNullGraphType<IdGraphType>>("panelId");
        Field<IntGraphType>("judgesPerEntry").Description("Judges per entry for automatic assignment (default 2).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("entryIds").Description("Manual assignment: these entries…");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("judgeIds").Description("…to each of these judges. Omit both for automatic assignment.");
    }
}
