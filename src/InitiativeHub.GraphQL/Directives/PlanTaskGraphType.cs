using GraphQL.Types;
using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>A task a plan assigns to one unit, with the progress and activities the unit reports.</summary>
public sealed class PlanTaskGraphType : ObjectGraphType<PlanTask>
{
    public const string TypeName = "PlanTask";

    public PlanTaskGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is PlanTask;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<PlanGraphType>>("plan").Resolve(c => c.Service<RequestLoaders>().VisiblePlanById(c.GetViewer()).Load(c.Source.PlanId));
        Field<NonNullGraphType<OrganizationGraphType>>("assignee").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.AssigneeId));
        Field<NonNullGraphType<StringGraphType>>("assigneeName")
            .Description("The unit's name in force when the task was assigned.")
            .Resolve(c => c.Source.AssigneeName);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<CalendarDateGraphType>>("dueOn").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<PlanTaskStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("progressNote").Resolve(c => c.Source.ProgressNote);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountGraphType>>>>("activities")
            .Description("What the unit reports it did; counted into the plan organization's report to the directive.")
            .Resolve(c => c.Source.Activities);
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}
