using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Campaigns;

/// <summary>Create a campaign. The definition travels as serializable parts across the grain boundary.</summary>
[GenerateSerializer, Immutable, Alias("ih.create-campaign")]
public sealed record CreateCampaignCommand(
    [property: Id(0)] Guid OrganizerId,
    [property: Id(1)] string? Code,
    [property: Id(2)] string Title,
    [property: Id(3)] CampaignKind Kind,
    [property: Id(4)] Occasion Occasion,
    [property: Id(5)] IReadOnlyList<string>? Themes,
    [property: Id(6)] IReadOnlyList<string>? Slogans,
    [property: Id(7)] IReadOnlyList<string>? LegalBasis,
    [property: Id(8)] DateTimeOffset SubmissionOpensAt,
    [property: Id(9)] DateTimeOffset SubmissionClosesAt,
    [property: Id(10)] bool BlindReview,
    [property: Id(11)] bool ConflictIfSameOrganization,
    [property: Id(12)] IReadOnlyList<string> Categories,
    [property: Id(13)] IReadOnlyList<CriterionData> Criteria,
    [property: Id(14)] decimal? PassThreshold,
    [property: Id(15)] Aggregation Aggregation,
    [property: Id(16)] decimal? DisagreementThreshold,
    [property: Id(17)] IReadOnlyList<string>? TieBreak,
    [property: Id(18)] IReadOnlyList<AwardTierData> AwardTiers,
    [property: Id(19)] long? MaxAttachmentBytes,
    [property: Id(20)] IReadOnlyList<string>? AllowedAttachmentTypes,
    [property: Id(21)] Guid ActorId)
{
    public CampaignDefinition ToDefinition() => new(
        OrganizerId,
        Code,
        Title,
        Kind,
        Occasion,
        Themes,
        Slogans,
        LegalBasis,
        SubmissionOpensAt,
        SubmissionClosesAt,
        BlindReview,
        ConflictIfSameOrganization,
        Categories,
        Rubric.Create(
            Criteria.Select(c => new Criterion(c.Code, c.Name, c.Description, c.MaxPoints, c.Weight ?? 1m)).ToList(),
            PassThreshold,
            Aggregation,
            DisagreementThreshold,
            TieBreak),
        AwardTiers.Select(t => new AwardTier(Guid.Empty, t.Name, t.Form, t.Quota, t.MinimumScore)).ToList(),
        MaxAttachmentBytes,
        AllowedAttachmentTypes);
}
