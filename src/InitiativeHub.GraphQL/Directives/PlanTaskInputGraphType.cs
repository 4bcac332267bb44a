using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Directives;

public sealed class PlanTaskInputGraphType : InputObjectGraphType<PlanTaskInput>
{
    public PlanTaskInputGraphType()
    {
        Name = "PlanTaskInput";
        Field<NonNullGraphType<IdGraphType>>("assigneeId").Description("A unit strictly below the plan's organization.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<CalendarDateGraphType>>("dueOn");
    }
}
