using GraphQL;
using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Directives;

/// <summary>
/// A recipient's report to a directive: the platform's own counts for the period and the organization's subtree, and
/// the activities the organization (and its units, through their tasks) reported.
/// </summary>
public sealed class UnitReportGraphType : ObjectGraphType<UnitReport>
{
    public const string TypeName = "UnitReport";

    public UnitReportGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is UnitReport;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<DirectiveGraphType>>("directive")
            .Resolve(c => c.Service<RequestLoaders>().VisibleDirectiveById(c.GetViewer()).Load(c.Source.DirectiveId));
        Field<NonNullGraphType<OrganizationGraphType>>("organization").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.OrganizationId));
        Field<NonNullGraphType<StringGraphType>>("organizationName")
            .Description("The organization's name in force when the directive reached it.")
            .Resolve(c => c.Source.OrganizationName);
        Field<NonNullGraphType<UnitReportStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<VietnamDateTimeGraphType>("submittedAt").Resolve(c => c.Source.SubmittedAt);
        Field<NonNullGraphType<IntGraphType>>("initiativesSubmitted")
            .Description("Counted by the platform from its own data for the directive's period.")
            .ResolveAsync(async c => (await Figures(c)).EntriesSubmitted);
        Field<NonNullGraphType<IntGraphType>>("initiativesRecognized").ResolveAsync(async c => (await Figures(c)).InitiativesRecognized);
        Field<NonNullGraphType<IntGraphType>>("awardsApproved").ResolveAsync(async c => (await Figures(c)).AwardsApproved);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureBreakdownRowGraphType>>>>("figuresByCategory")
            .Description("The platform's counts by category and kind.")
            .ResolveAsync(async c => (await Figures(c)).Breakdown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountGraphType>>>>("activities")
            .Description("Reported by the unit: its own activities plus, once submitted, its units' task reports. Empty for whoever may not read a draft.")
            .ResolveAsync(async c => await CanReadAsync(c) ? (c.Source.IsSubmitted ? c.Source.TotalActivities : c.Source.Activities) : []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityCountGraphType>>>>("unitActivities")
            .Description("What the organization's units reported on their tasks, consolidated at submission.")
            .ResolveAsync(async c => await CanReadAsync(c) ? c.Source.UnitActivities : []);
        Field<StringGraphType>("narrative").ResolveAsync(async c => await CanReadAsync(c) ? c.Source.Narrative : null);
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("True when the due date has passed and nothing was submitted.")
            .ResolveAsync(async c =>
            {
                var directive = await c.Service<RequestLoaders>().VisibleDirectiveById(c.GetViewer()).Load(c.Source.DirectiveId).GetResultAsync(c.CancellationToken);
                return directive is not null && c.Source.IsOverdue(directive.ReportDueAt, DateTimeOffset.UtcNow);
            });
    }

    private static Task<ReportFigures> Figures(IResolveFieldContext<UnitReport> c) =>
        c.Service<DirectiveService>().GetFiguresAsync(c.GetViewer(), c.Source, c.CancellationToken);

    private static Task<bool> CanReadAsync(IResolveFieldContext<UnitReport> c) =>
        c.Service<DirectiveService>().CanReadContentAsync(c.GetViewer(), c.Source, c.CancellationToken);
}
