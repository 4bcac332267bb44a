namespace InitiativeHub.Domain.Campaigns;

/// <summary>draft → open → screening → judging → deliberation → approval → published → archived.</summary>
public enum CampaignPhase
{
    Draft,
    Open,
    Screening,
    Judging,
    Deliberation,
    Approval,
    Published,
    Archived,
}
