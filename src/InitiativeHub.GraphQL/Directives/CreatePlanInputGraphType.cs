using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Directives;

public sealed class CreatePlanInputGraphType : InputObjectGraphType<CreatePlanInput>
{
    public CreatePlanInputGraphType()
    {
        Name = "CreatePlanInput";
        Field<NonNullGraphType<IdGraphType>>("organizationId").Description("The organization issuing the plan.");
        Field<IdGraphType>("directiveId").Description("The directive the plan answers; the organization must be one of its recipients.");
        Field<NonNullGraphType<StringGraphType>>("number").Description("Document number, e.g. 45/KH-UBND (the digits may stay blank before signing).");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("slogans");
        Field<NonNullGraphType<CalendarDateGraphType>>("periodStart");
        Field<NonNullGraphType<CalendarDateGraphType>>("periodEnd");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("campaignIds");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanTaskInputGraphType>>>>("tasks").Description("Tasks assigned to units below the organization.");
    }
}
