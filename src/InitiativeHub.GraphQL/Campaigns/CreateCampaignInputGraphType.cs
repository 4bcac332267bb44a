using GraphQL.Types;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class CreateCampaignInputGraphType : InputObjectGraphType<CreateCampaignInput>
{
    public CreateCampaignInputGraphType()
    {
        Name = "CreateCampaignInput";
        Field<NonNullGraphType<IdGraphType>>("organizerId");
        Field<StringGraphType>("code");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<CampaignKindGraphType>>("kind");
        Field<OccasionGraphType>("occasion");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("slogans");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasis");
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("submissionOpensAt");
        Field<NonNullGraphType<VietnamDateTimeGraphType>>("submissionClosesAt");
        Field<BooleanGraphType>("blindReview");
        Field<BooleanGraphType>("conflictIfSameOrganization").Description("Judges from the entry's organization are conflicted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("categories");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionInputGraphType>>>>("criteria");
        Field<DecimalGraphType>("passThreshold");
        Field<AggregationGraphType>("aggregation");
        Field<DecimalGraphType>("disagreementThreshold");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tieBreak");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardTierInputGraphType>>>>("awardTiers");
        Field<IntGraphType>("maxAttachmentBytes");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedAttachmentTypes");
    }
}
