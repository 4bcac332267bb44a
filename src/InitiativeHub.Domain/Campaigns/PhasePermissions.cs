namespace InitiativeHub.Domain.Campaigns;

/// <summary>
/// What a phase lets people do (the pretalx phase-as-permission model): one row per phase, read by every rule
/// that depends on the phase instead of scattered phase comparisons.
/// </summary>
public sealed record PhasePermissions(
    bool SubmittersMayEdit,
    bool SubmittersMaySubmit,
    bool OrganizersMayScreen,
    bool JudgesMayScore,
    bool JudgesSeeOtherSheetsAfterOwn,
    bool PublicSeesResults)
{
    public static PhasePermissions For(CampaignPhase phase) => phase switch
    {
        CampaignPhase.Draft => new(false, false, false, false, false, false),
        CampaignPhase.Open => new(true, true, true, false, false, false),
        CampaignPhase.Screening => new(false, false, true, false, false, false),
        CampaignPhase.Judging => new(false, false, false, true, true, false),
        CampaignPhase.Deliberation => new(false, false, false, false, true, false),
        CampaignPhase.Approval => new(false, false, false, false, true, false),
        CampaignPhase.Published => new(false, false, false, false, true, true),
        CampaignPhase.Archived => new(false, false, false, false, true, true),
        _ => throw new ArgumentOutOfRangeException(nameof(phase)),
    };
}
