using GraphQL.Types;

namespace InitiativeHub.GraphQL.Directives;

public sealed class ReportTaskProgressInputGraphType : InputObjectGraphType<ReportTaskProgressInput>
{
    public ReportTaskProgressInputGraphType()
    {
        Name = "ReportTaskProgressInput";
        Field<NonNullGraphType<IdGraphType>>("taskId");
        Field<NonNullGraphType<PlanTaskStatusGraphType>>("status").Description("A task marked DONE stays done.");
        Field<StringGraphType>("note");
        Field<ListGraphType<NonNullGraphType<ActivityCountInputGraphType>>>("activities").Description("What the unit did for the task; replaces what it reported before.");
    }
}
