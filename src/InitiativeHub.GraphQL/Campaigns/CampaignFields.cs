using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

/// <summary>The campaign fields of Query and Mutation.</summary>
public static class CampaignFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CampaignsConnectionGraphType>>("campaigns")
            .Description("Campaigns, latest deadline first. Drafts appear only to their organizers.")
            .Argument<CampaignFilterInputGraphType>("where")
            .BidirectionalPaging()
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<CampaignFilterInput?>("where");
                var filter = new CampaignFilter(
                    where?.Phase,
                    GlobalId.DecodeOptional(where?.OrganizerId, OrganizationGraphType.TypeName, "organizerId"),
                    where?.Search);
                return await c.Service<CampaignService>().SearchAsync(c.GetViewer(), filter, c.GetPageRequest(), c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateCampaignPayloadGraphType>>("createCampaign")
            .Description("Creates a campaign in DRAFT; needs the organizer role at the organizing organization (or above).")
            .Argument<NonNullGraphType<CreateCampaignInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateCampaignInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<CampaignService>().CreateAsync(c.GetViewer(), ToCommand(input), c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<UpdateCampaignPayloadGraphType>>("updateCampaign")
            .Description(
                "Edits a campaign; omitted fields stay. The phase decides what may change (CAMPAIGN_FIELD_LOCKED otherwise): "
                + "presentation until PUBLISHED, kind in DRAFT, the window while OPEN, categories, rubric, tiers and attachment policy until JUDGING, "
                + "blind review until judges are assigned.")
            .Argument<NonNullGraphType<UpdateCampaignInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateCampaignInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<CampaignService>().UpdateAsync(
                    c.GetViewer(), GlobalId.Decode(input.CampaignId, CampaignGraphType.TypeName, "campaignId"), ToChanges(input), c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<ChangeCampaignPhasePayloadGraphType>>("changeCampaignPhase")
            .Description("Moves a campaign to the next phase (or a named one the rules allow).")
            .Argument<NonNullGraphType<ChangeCampaignPhaseInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ChangeCampaignPhaseInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<CampaignService>().ChangePhaseAsync(
                    c.GetViewer(), GlobalId.Decode(input.CampaignId, CampaignGraphType.TypeName, "campaignId"), input.Phase, c.CancellationToken));
            });
    }

    private static CampaignChanges ToChanges(UpdateCampaignInput input) => new(
        input.Code,
        input.Title,
        input.Kind,
        input.Occasion,
        input.Themes,
        input.Slogans,
        input.LegalBasis,
        input.SubmissionOpensAt,
        input.SubmissionClosesAt,
        input.BlindReview,
        input.ConflictIfSameOrganization,
        input.Categories?.Select(c => new CategoryChange(GlobalId.DecodeOptional(c.Id, CategoryGraphType.TypeName, "categories"), c.Name)).ToList(),
        input.Criteria?.Select(c => new Criterion(c.Code, c.Name, c.Description, c.MaxPoints, c.Weight ?? 1m)).ToList(),
        input.PassThreshold,
        input.Aggregation,
        input.DisagreementThreshold,
        input.TieBreak,
        input.AwardTiers?.Select(t => new AwardTier(Guid.Empty, t.Name, t.Form, t.Quota, t.MinimumScore)).ToList(),
        input.MaxAttachmentBytes,
        input.AllowedAttachmentTypes);

    private static CreateCampaignCommand ToCommand(CreateCampaignInput input) => new(
        GlobalId.Decode(input.OrganizerId, OrganizationGraphType.TypeName, "organizerId"),
        input.Code,
        input.Title,
        input.Kind,
        input.Occasion ?? Occasion.Other,
        input.Themes,
        input.Slogans,
        input.LegalBasis,
        input.SubmissionOpensAt,
        input.SubmissionClosesAt,
        input.BlindReview ?? false,
        input.ConflictIfSameOrganization ?? false,
        input.Categories,
        input.Criteria.Select(c => new CriterionData(c.Code, c.Name, c.Description, c.MaxPoints, c.Weight)).ToList(),
        input.PassThreshold,
        input.Aggregation ?? Aggregation.Mean,
        input.DisagreementThreshold,
        input.TieBreak,
        input.AwardTiers.Select(t => new AwardTierData(t.Name, t.Form, t.Quota, t.MinimumScore)).ToList(),
        input.MaxAttachmentBytes,
        input.AllowedAttachmentTypes,
        Guid.Empty);
}
