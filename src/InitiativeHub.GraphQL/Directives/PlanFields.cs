using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>The plan and unit-task fields of Query and Mutation.</summary>
public static class PlanFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanGraphType>>>>("plans")
            .Description("An organization's plans, newest first: for its members and those who look into it.")
            .Argument<NonNullGraphType<IdGraphType>>("organizationId")
            .ResolveAsync(async c => await c.Service<PlanService>().ListPlansAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("organizationId"), OrganizationGraphType.TypeName, "organizationId"), c.CancellationToken));

        query.Field<NonNullGraphType<PlanTasksConnectionGraphType>>("unitTasks")
            .Description("Tasks assigned to the units the viewer reports for (its own unit and the units below it), by due date.")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<PlanService>().ListMyTasksAsync(c.GetViewer(), c.GetPageRequest(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatePlanPayloadGraphType>>("createPlan")
            .Description("Issues an organization's plan (Kế hoạch) and assigns its tasks to units below it.")
            .Argument<NonNullGraphType<CreatePlanInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePlanInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<PlanService>().CreateAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.OrganizationId, OrganizationGraphType.TypeName, "organizationId"),
                    GlobalId.DecodeOptional(input.DirectiveId, DirectiveGraphType.TypeName, "directiveId"),
                    new PlanDraft(
                        input.Number,
                        input.Title,
                        input.Themes,
                        input.Slogans,
                        input.PeriodStart,
                        input.PeriodEnd,
                        input.CampaignIds?.Select(id => GlobalId.Decode(id, CampaignGraphType.TypeName, "campaignIds")).ToList()),
                    input.Tasks.Select(t => new PlanTaskDraft(
                        GlobalId.Decode(t.AssigneeId, OrganizationGraphType.TypeName, "tasks"), t.Title, t.Description, t.DueOn)).ToList(),
                    c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<ReportTaskProgressPayloadGraphType>>("reportTaskProgress")
            .Description("The assigned unit marks where its task stands and what it did.")
            .Argument<NonNullGraphType<ReportTaskProgressInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReportTaskProgressInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<PlanService>().ReportProgressAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.TaskId, PlanTaskGraphType.TypeName, "taskId"),
                    input.Status,
                    input.Note,
                    (input.Activities ?? []).Select(a => new ActivityCount(a.Kind, a.Count, a.Note)).ToList(),
                    c.CancellationToken));
            });
    }
}
