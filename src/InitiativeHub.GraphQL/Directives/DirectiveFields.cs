using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;


namespace InitiativeHub.GraphQL.Directives;

/// <summary>The directive and upward-reporting fields of Query and Mutation.</summary>
public static class DirectiveFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DirectivesConnectionGraphType>>("directives")
            .Description("Directives the viewer's organizations issued or received, newest first.")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<DirectiveService>().ListAsync(c.GetViewer(), c.GetPageRequest(), c.CancellationToken));

        query.Field<NonNullGraphType<DirectiveAggregateGraphType>>("directiveAggregate")
            .Description("The issuer's aggregate of a directive: who reported, who is late, the figures. The issuer's managers only.")
            .Argument<NonNullGraphType<IdGraphType>>("directiveId")
            .ResolveAsync(async c => await c.Service<DirectiveService>().GetAggregateAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("directiveId"), DirectiveGraphType.TypeName, "directiveId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigureItemGraphType>>>>("directiveFigureItems")
            .Description("The entries behind a figure of the aggregate: of one recipient, or of the whole directive when organizationId is omitted.")
            .Argument<NonNullGraphType<IdGraphType>>("directiveId")
            .Argument<IdGraphType>("organizationId")
            .Argument<NonNullGraphType<ReportFigureGraphType>>("figure")
            .ResolveAsync(async c => await c.Service<DirectiveService>().ListFigureItemsAsync(
                c.GetViewer(),
                GlobalId.Decode(c.GetArgument<string>("directiveId"), DirectiveGraphType.TypeName, "directiveId"),
                GlobalId.DecodeOptional(c.GetArgument<string?>("organizationId"), OrganizationGraphType.TypeName, "organizationId"),
                c.GetArgument<ReportFigure>("figure"),
                c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IssueDirectivePayloadGraphType>>("issueDirective")
            .Description("Issues a directive to organizations under the issuer's province; each recipient owes a report by the due date.")
            .Argument<NonNullGraphType<IssueDirectiveInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<IssueDirectiveInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<DirectiveService>().IssueAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.IssuerId, OrganizationGraphType.TypeName, "issuerId"),
                    new DirectiveDraft(input.Code, input.Title, input.PeriodStart, input.PeriodEnd, input.ReportDueAt, input.LegalBasis, input.RequestedContent),
                    input.RecipientIds.Select(id => GlobalId.Decode(id, OrganizationGraphType.TypeName, "recipientIds")).ToList(),
                    c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<SubmitUnitReportPayloadGraphType>>("submitUnitReport")
            .Description("Submits the organization's report (final); after the due date it is accepted and marked LATE.")
            .Argument<NonNullGraphType<SubmitUnitReportInputGraphType>>("input")
            .ResolveAsync(async c => await SaveReportAsync(c, submit: true));

        mutation.Field<NonNullGraphType<SaveUnitReportDraftPayloadGraphType>>("saveUnitReportDraft")
            .Description("Keeps the organization's report as a draft that only the organization sees.")
            .Argument<NonNullGraphType<SaveUnitReportDraftInputGraphType>>("input")
            .ResolveAsync(async c => await SaveReportAsync(c, submit: false));
    }

    private static async Task<MutationPayload<UnitReport>> SaveReportAsync(IResolveFieldContext c, bool submit)
    {
        var input = c.GetArgument<SubmitUnitReportInput>("input");
        return await MutationRunner.RunAsync(() => c.Service<DirectiveService>().SaveReportAsync(
            c.GetViewer(),
            GlobalId.Decode(input.DirectiveId, DirectiveGraphType.TypeName, "directiveId"),
            GlobalId.Decode(input.OrganizationId, OrganizationGraphType.TypeName, "organizationId"),
            input.Activities.Select(a => new ActivityCount(a.Kind, a.Count, a.Note)).ToList(),
            input.Narrative,
            submit,
            c.CancellationToken));
    }
}
