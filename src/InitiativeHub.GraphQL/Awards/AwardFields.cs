using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Awards;
using InitiativeHub.Domain.Awards;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Awards;

/// <summary>The commendation fields of Query and Mutation, and the public showcase.</summary>
public static class AwardFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AwardsConnectionGraphType>>("awards")
            .Description("Awards of a campaign as the viewer may see them (organizers and leaders: all; others: approved and published).")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .Argument<ListGraphType<NonNullGraphType<AwardStatusGraphType>>>("status")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<AwardService>().ListAsync(
                c.GetViewer(),
                GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"),
                c.GetArgument<List<AwardStatus>?>("status"),
                c.GetPageRequest(),
                c.CancellationToken));

        query.Field<NonNullGraphType<ShowcaseConnectionGraphType>>("showcase")
            .Description("Published winners and model practices; needs no sign-in. Shows only what the award publishes.")
            .Argument<StringGraphType>("search")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<AwardService>().ShowcaseAsync(c.GetArgument<string?>("search"), c.GetPageRequest(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProposeAwardsPayloadGraphType>>("proposeAwards")
            .Description("Turns the campaign's ranking into proposed awards by the tiers' quotas, minimum scores and the pass threshold. Organizers only.")
            .Argument<NonNullGraphType<ProposeAwardsInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ProposeAwardsInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<AwardService>().ProposeAsync(
                    c.GetViewer(), GlobalId.Decode(input.CampaignId, CampaignGraphType.TypeName, "campaignId"), c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<DecideAwardsPayloadGraphType>>("decideAwards")
            .Description("The leader approves, returns (with a reason) or rejects proposed awards under one decision number, all or none.")
            .Argument<NonNullGraphType<DecideAwardsInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DecideAwardsInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<AwardService>().DecideAsync(
                    c.GetViewer(),
                    input.Decisions.Select(d => new AwardDecisionCommand(GlobalId.Decode(d.AwardId, AwardGraphType.TypeName, "decisions"), d.Decision, d.Reason)).ToList(),
                    input.DecisionNumber,
                    input.DecisionDate,
                    c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<RevokeAwardPayloadGraphType>>("revokeAward")
            .Description("The leader revokes an approved award with a reason; the decision that granted it stays on record.")
            .Argument<NonNullGraphType<RevokeAwardInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RevokeAwardInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<AwardService>().RevokeAsync(
                    c.GetViewer(), GlobalId.Decode(input.AwardId, AwardGraphType.TypeName, "awardId"), input.Reason, c.CancellationToken));
            });
    }
}
