using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Exports;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Exports;

/// <summary>The export fields of Mutation and Subscription (a job is read back through <c>node(id)</c>).</summary>
public static class ExportFields
{
    /// <summary>Directives are not part of this schema yet; their ids will carry this type name.</summary>
    public const string DirectiveTypeName = "Directive";

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StartExportPayloadGraphType>>("startExport")
            .Description("Starts an export job for a campaign (organizers and leaders of its organization); follow it with onExportJobChanged.")
            .Argument<NonNullGraphType<StartExportInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StartExportInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<ExportService>().StartAsync(
                    c.GetViewer(),
                    GlobalId.DecodeOptional(input.CampaignId, CampaignGraphType.TypeName, "campaignId"),
                    GlobalId.DecodeOptional(input.DirectiveId, DirectiveTypeName, "directiveId"),
                    input.Kind,
                    input.Format,
                    c.CancellationToken));
            });
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ExportJobGraphType>, ExportJobSnapshot>("onExportJobChanged")
            .Description("The job's current state, then every change of status or progress until it SUCCEEDED or FAILED.")
            .Argument<NonNullGraphType<IdGraphType>>("jobId")
            .ResolveStreamAsync(async c => await c.Service<ExportService>().WatchAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("jobId"), ExportJobGraphType.TypeName, "jobId"), c.CancellationToken));
    }
}
