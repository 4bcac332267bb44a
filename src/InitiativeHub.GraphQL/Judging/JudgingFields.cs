using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>The judging fields of Query and Mutation.</summary>
public static class JudgingFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelGraphType>>>>("panels")
            .Description("The campaign's panels: all for its organizers, the ones they sit on for members, none for others.")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .ResolveAsync(async c => await c.Service<JudgingService>().ListPanelsAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatePanelPayloadGraphType>>("createPanel")
            .Description("Creates a judging panel of a campaign; only its organizers. Members must be existing accounts.")
            .Argument<NonNullGraphType<CreatePanelInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePanelInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().CreatePanelAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.CampaignId, CampaignGraphType.TypeName, "campaignId"),
                    input.Name,
                    input.CategoryIds?.Select(id => GlobalId.Decode(id, CategoryGraphType.TypeName, "categoryIds")).ToList(),
                    input.Members.Select(m => new PanelMember(GlobalId.Decode(m.UserId, UserGraphType.TypeName, "members"), m.Role)).ToList(),
                    c.CancellationToken));
            });
    }
}
