namespace InitiativeHub.Domain.Campaigns;

/// <summary>Everything an organizer gives when creating a campaign.</summary>
public sealed record CampaignDefinition(
    Guid OrganizerId,
    string? Code,
    string Title,
    CampaignKind Kind,
    Occasion Occasion,
    IReadOnlyList<string>? Themes,
    IReadOnlyList<string>? Slogans,
    IReadOnlyList<string>? LegalBasis,
    DateTimeOffset SubmissionOpensAt,
    DateTimeOffset SubmissionClosesAt,
    bool BlindReview,
    bool ConflictIfSameOrganization,
    IReadOnlyList<string> Categories,
    Rubric Rubric,
    IReadOnlyList<AwardTier> AwardTiers,
    long? MaxAttachmentBytes,
    IReadOnlyList<string>? AllowedAttachmentTypes);
