using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class UpdateCampaignInput
{
    public string CampaignId { get; set; } = string.Empty;

    public string? Code { get; set; }

    public string? Title { get; set; }

    public CampaignKind? Kind { get; set; }

    public Occasion? Occasion { get; set; }

    public List<string>? Themes { get; set; }

    public List<string>? Slogans { get; set; }

    public List<string>? LegalBasis { get; set; }

    public DateTimeOffset? SubmissionOpensAt { get; set; }

    public DateTimeOffset? SubmissionClosesAt { get; set; }

    public bool? BlindReview { get; set; }

    public bool? ConflictIfSameOrganization { get; set; }

    public List<CategoryInput>? Categories { get; set; }

    public List<CriterionInput>? Criteria { get; set; }

    public decimal? PassThreshold { get; set; }

    public Aggregation? Aggregation { get; set; }

    public decimal? DisagreementThreshold { get; set; }

    public List<string>? TieBreak { get; set; }

    public List<AwardTierInput>? AwardTiers { get; set; }

    public int? MaxAttachmentBytes { get; set; }

    public List<string>? AllowedAttachmentTypes { get; set; }
}
