using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Campaigns;

/// <summary>An edit of a campaign: every field but the id may be omitted (or null) to leave it as it is.</summary>
public sealed class UpdateCampaignInputGraphType : InputObjectGraphType<UpdateCampaignInput>
{
    public UpdateCampaignInputGraphType()
    {
        Name = "UpdateCampaignInput";
        Field<NonNullGraphType<IdGraphType>>("campaignId");
        Field<StringGraphType>("code");
        Field<StringGraphType>("title");
        Field<CampaignKindGraphType>("kind").Description("Only while the campaign is a draft.");
        Field<OccasionGraphType>("occasion");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("slogans");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasis");
        Field<VietnamDateTimeGraphType>("submissionOpensAt").Description("While OPEN, only before the window has opened.");
        Field<VietnamDateTimeGraphType>("submissionClosesAt")
            .Description("While OPEN: later (to a time still ahead), or earlier while still ahead and at least 3 days from now.");
        Field<BooleanGraphType>("blindReview").Description("Until judges are assigned.");
        Field<BooleanGraphType>("conflictIfSameOrganization").Description("Until judges are assigned.");
        Field<ListGraphType<NonNullGraphType<CategoryInputGraphType>>>("categories")
            .Description("The whole new list; categories entries or panels use cannot be removed or renamed. Locked from JUDGING.");
        Field<ListGraphType<NonNullGraphType<CriterionInputGraphType>>>("criteria").Description("Rubric fields are locked from JUDGING.");
        Field<DecimalGraphType>("passThreshold");
        Field<AggregationGraphType>("aggregation");
        Field<DecimalGraphType>("disagreementThreshold");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tieBreak");
        Field<ListGraphType<NonNullGraphType<AwardTierInputGraphType>>>("awardTiers").Description("The whole new list. Locked from JUDGING.");
        Field<IntGraphType>("maxAttachmentBytes").Description("Once OPEN, it may only grow.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedAttachmentTypes")
            .Description("Once OPEN, a type that existing attachments have cannot be dropped.");
    }
}
