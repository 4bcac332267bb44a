namespace InitiativeHub.Domain.Campaigns;

/// <summary>Why a section of a campaign can no longer change (None: it can, within its rules).</summary>
public enum CampaignEditLock
{
    None,

    /// <summary>Only a draft may change it (the kind decides the forms citizens fill in).</summary>
    DraftOnly,

    /// <summary>Submissions are closed: reopening goes through the phase (back to OPEN), not the window.</summary>
    SubmissionsClosed,

    /// <summary>Judging has started: score sheets rely on the rubric, tiers and categories.</summary>
    ScoringStarted,

    /// <summary>Judges are assigned: their view of entries was decided with this setting.</summary>
    JudgesAssigned,

    /// <summary>Results are published: the decision and the public results cite the campaign as it was.</summary>
    ResultsPublished,
}
