using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.GraphQL.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Entries;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

/// <summary>The judging fields of Query and Mutation.</summary>
public static class JudgingFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<AssignmentsConnectionGraphType>>("assignments")
            .Description("The viewer's judging assignments (all of them, or in one campaign).")
            .Argument<IdGraphType>("campaignId")
            .Argument<ListGraphType<NonNullGraphType<AssignmentStatusGraphType>>>("status")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<JudgingService>().ListAssignmentsAsync(
                c.GetViewer(),
                GlobalId.DecodeOptional(c.GetArgument<string?>("campaignId"), CampaignGraphType.TypeName, "campaignId"),
                c.GetArgument<List<AssignmentStatus>?>("status"),
                c.GetPageRequest(),
                c.CancellationToken));

        query.Field<NonNullGraphType<RankingConnectionGraphType>>("ranking")
            .Description("Ranking of a campaign (or one category) as the viewer may see it: organizers all rows, panel members the entries they have scored.")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .Argument<IdGraphType>("categoryId")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<RankingService>().GetRankingAsync(
                c.GetViewer(),
                GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"),
                GlobalId.DecodeOptional(c.GetArgument<string?>("categoryId"), CategoryGraphType.TypeName, "categoryId"),
                c.GetPageRequest(),
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PanelGraphType>>>>("panels")
            .Description("The campaign's panels: all for its organizers, the ones they sit on for members, none for others.")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .ResolveAsync(async c => await c.Service<JudgingService>().ListPanelsAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"), c.CancellationToken));
    }

    public static void AddSubscriptions(ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<RankingChangeGraphType>, RankingChange>("onRankingChanged")
            .Description("Pushes the changed rows whenever a score sheet of the campaign is submitted or reopened (rows the viewer may see).")
            .Argument<NonNullGraphType<IdGraphType>>("campaignId")
            .ResolveStreamAsync(async c => await c.Service<RankingService>().WatchAsync(
                c.GetViewer(), GlobalId.Decode(c.GetArgument<string>("campaignId"), CampaignGraphType.TypeName, "campaignId"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AssignJudgesPayloadGraphType>>("assignJudges")
            .Description("Assigns a panel's judges: automatically over the accepted entries (balanced, free of conflicts), or the listed judges to the listed entries. Organizers only.")
            .Argument<NonNullGraphType<AssignJudgesInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AssignJudgesInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().AssignJudgesAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.PanelId, PanelGraphType.TypeName, "panelId"),
                    input.JudgesPerEntry,
                    input.EntryIds?.Select(id => GlobalId.Decode(id, EntryGraphType.TypeName, "entryIds")).ToList(),
                    input.JudgeIds?.Select(id => GlobalId.Decode(id, UserGraphType.TypeName, "judgeIds")).ToList(),
                    c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<SubmitScoreSheetPayloadGraphType>>("submitScoreSheet")
            .Description("The judge submits the sheet of their assignment: every criterion between 0 and its maximum; the sheet locks.")
            .Argument<NonNullGraphType<SubmitScoreSheetInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitScoreSheetInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().SubmitScoreSheetAsync(
                    c.GetViewer(),
                    GlobalId.Decode(input.AssignmentId, AssignmentGraphType.TypeName, "assignmentId"),
                    input.Scores.Select(s => new CriterionScore(s.CriterionCode, s.Points, s.Comment)).ToList(),
                    input.Comment,
                    c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<ReopenScoreSheetPayloadGraphType>>("reopenScoreSheet")
            .Description("The panel's chair reopens a submitted sheet with a reason (audited) so its judge can correct it.")
            .Argument<NonNullGraphType<ReopenScoreSheetInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReopenScoreSheetInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().ReopenScoreSheetAsync(
                    c.GetViewer(), GlobalId.Decode(input.AssignmentId, AssignmentGraphType.TypeName, "assignmentId"), input.Reason, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<DeclareConflictPayloadGraphType>>("declareConflict")
            .Description("The judge declares a conflict of interest with an assigned entry; it goes to another judge where one is free.")
            .Argument<NonNullGraphType<DeclareConflictInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DeclareConflictInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().DeclareConflictAsync(
                    c.GetViewer(), GlobalId.Decode(input.EntryId, EntryGraphType.TypeName, "entryId"), input.Reason, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<RecordPanelVotePayloadGraphType>>("recordPanelVote")
            .Description("Records the council's vote on the proposed list (open or secret ballot) with the minutes' facts; the panel's chair or secretary, or an organizer.")
            .Argument<NonNullGraphType<RecordPanelVoteInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordPanelVoteInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<JudgingService>().RecordPanelVoteAsync(
                    c.GetViewer(),
                    new RecordPanelVoteCommand(
                        Guid.Empty,
                        GlobalId.Decode(input.PanelId, PanelGraphType.TypeName, "panelId"),
                        input.Subject,
                        input.Ballot,
                        input.EntryIds?.Select(id => GlobalId.Decode(id, EntryGraphType.TypeName, "entryIds")).ToList() ?? [],
                        input.ThresholdNumerator,
                        input.ThresholdDenominator,
                        input.PresentMemberIds.Select(id => GlobalId.Decode(id, UserGraphType.TypeName, "presentMemberIds")).ToList(),
                        input.Ballots?.Select(b => new PanelBallot(GlobalId.Decode(b.MemberId, UserGraphType.TypeName, "ballots"), b.Choice)).ToList(),
                        input.VotedMemberIds?.Select(id => GlobalId.Decode(id, UserGraphType.TypeName, "votedMemberIds")).ToList(),
                        input.Yes,
                        input.No,
                        input.Abstain,
                        Guid.Empty),
                    c.CancellationToken));
            });

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
