namespace InitiativeHub.Domain.Campaigns;

/// <summary>Phong trào thi đua, cuộc thi, or a round of initiative recognition.</summary>
public enum CampaignKind
{
    EmulationMovement,
    Contest,
    InitiativeRecognition,
}
