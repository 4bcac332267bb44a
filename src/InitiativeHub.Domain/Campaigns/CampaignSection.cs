namespace InitiativeHub.Domain.Campaigns;

/// <summary>The groups of campaign fields that the phase rules lock together.</summary>
public enum CampaignSection
{
    /// <summary>Code, title, occasion, themes, slogans and legal basis.</summary>
    Presentation,

    Kind,

    /// <summary>The submission window (opening and closing time).</summary>
    Window,

    Categories,

    /// <summary>Criteria, pass threshold, aggregation, disagreement threshold and tie-break.</summary>
    Rubric,

    AwardTiers,

    /// <summary>Maximum attachment size and allowed attachment types.</summary>
    AttachmentPolicy,

    /// <summary>Blind review and the same-organization conflict rule.</summary>
    Review,
}
