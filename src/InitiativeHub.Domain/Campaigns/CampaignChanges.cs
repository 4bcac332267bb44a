namespace InitiativeHub.Domain.Campaigns;

/// <summary>
/// A partial edit of a campaign: null leaves a field as it is. Lists replace the whole list. A rubric part given
/// alone is merged into the current rubric and the result is checked as a whole.
/// </summary>
public sealed record CampaignChanges(
    string? Code = null,
    string? Title = null,
    CampaignKind? Kind = null,
    Occasion? Occasion = null,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? Slogans = null,
    IReadOnlyList<string>? LegalBasis = null,
    DateTimeOffset? SubmissionOpensAt = null,
    DateTimeOffset? SubmissionClosesAt = null,
    bool? BlindReview = null,
    bool? ConflictIfSameOrganization = null,
    IReadOnlyList<CategoryChange>? Categories = null,
    IReadOnlyList<Criterion>? Criteria = null,
    decimal? PassThreshold = null,
    Aggregation? Aggregation = null,
    decimal? DisagreementThreshold = null,
    IReadOnlyList<string>? TieBreak = null,
    IReadOnlyList<AwardTier>? AwardTiers = null,
    long? MaxAttachmentBytes = null,
    IReadOnlyList<string>? AllowedAttachmentTypes = null);

/// <summary>One category of the edited list: with the id of an existing one (kept or renamed), or without (added).</summary>
public sealed record CategoryChange(Guid? Id, string Name);
