using GraphQL.Types;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>A plan (Kế hoạch) an organization issues, usually answering a directive, with the tasks it assigns to its units.</summary>
public sealed class PlanGraphType : ObjectGraphType<Plan>
{
    public const string TypeName = "Plan";

    public PlanGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Plan;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("number").Description("Document number, e.g. 45/KH-UBND.").Resolve(c => c.Source.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<OrganizationGraphType>>("organization").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.OrganizationId));
        Field<NonNullGraphType<StringGraphType>>("organizationName")
            .Description("The organization's name in force when the plan was issued.")
            .Resolve(c => c.Source.OrganizationName);
        Field<DirectiveGraphType>("directive")
            .Description("The directive the plan answers, when the viewer may see it.")
            .Resolve(c => c.Source.DirectiveId is { } id ? c.Service<RequestLoaders>().VisibleDirectiveById(c.GetViewer()).Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("themes").Resolve(c => c.Source.Themes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("slogans").Resolve(c => c.Source.Slogans);
        Field<NonNullGraphType<CalendarDateGraphType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<CalendarDateGraphType>>("periodEnd").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignGraphType>>>>("campaigns")
            .Description("The linked campaigns the viewer may see.")
            .ResolveAsync(async c =>
            {
                var loader = c.Service<RequestLoaders>().VisibleCampaignById(c.GetViewer());
                var found = new List<Domain.Campaigns.Campaign>();
                foreach (var id in c.Source.CampaignIds)
                {
                    if (await loader.Load(id).GetResultAsync(c.CancellationToken) is { } campaign)
                    {
                        found.Add(campaign);
                    }
                }

                return found;
            });
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanTaskGraphType>>>>("tasks")
            .Description("All of the plan's tasks for the plan's organization; only its own for a unit.")
            .ResolveAsync(async c => await c.Service<PlanService>().ListTasksOfPlanAsync(c.GetViewer(), c.Source, c.CancellationToken));
    }
}
