using GraphQL.Types;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Campaigns;

/// <summary>A movement, contest or recognition round.</summary>
public sealed class CampaignGraphType : ObjectGraphType<Campaign>
{
    public const string TypeName = "Campaign";

    public CampaignGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Campaign;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<StringGraphType>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<CampaignKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<OccasionGraphType>>("occasion").Resolve(c => c.Source.Occasion);
        Field<NonNullGraphType<OrganizationGraphType>>("organizer").Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.OrganizerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("themes").Resolve(c => c.Source.Themes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("slogans").Resolve(c => c.Source.Slogans);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("legalBasis").Resolve(c => c.Source.LegalBasis);
        Field<NonNullGraphType<CampaignPhaseGraphType>>("phase").Resolve(c => c.Source.Phase);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignPhaseGraphType>>>>("nextPhases")
            .Description("The phases the rules allow moving to from the current one.")
            .Resolve(c => c.Source.NextPhases);
        Field<NonNullGraphType<Scalars.VietnamDateTimeGraphType>>("submissionOpensAt").Resolve(c => c.Source.SubmissionOpensAt);
        Field<NonNullGraphType<Scalars.VietnamDateTimeGraphType>>("submissionClosesAt").Resolve(c => c.Source.SubmissionClosesAt);
        Field<NonNullGraphType<BooleanGraphType>>("acceptingSubmissions")
            .Description("True while the phase is OPEN and the server clock is inside the window.")
            .Resolve(c => c.Source.IsAcceptingSubmissions(c.Service<TimeProvider>().GetUtcNow()));
        Field<NonNullGraphType<BooleanGraphType>>("blindReview").Resolve(c => c.Source.BlindReview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CategoryGraphType>>>>("categories").Resolve(c => c.Source.Categories);
        Field<NonNullGraphType<RubricGraphType>>("rubric").Resolve(c => c.Source.Rubric);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AwardTierGraphType>>>>("awardTiers").Resolve(c => c.Source.AwardTiers);
        Field<NonNullGraphType<IntGraphType>>("maxAttachmentBytes").Resolve(c => (int)Math.Min(int.MaxValue, c.Source.MaxAttachmentBytes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedAttachmentTypes").Resolve(c => c.Source.AllowedAttachmentTypes);
        Field<NonNullGraphType<IntGraphType>>("entryCount")
            .Description("Entries submitted so far (drafts not counted).")
            .ResolveAsync(async c => await c.Service<ICampaignReader>().CountSubmittedEntriesAsync(c.Source.Id, c.CancellationToken));
    }
}
