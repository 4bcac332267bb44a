namespace InitiativeHub.Domain.Campaigns;

/// <summary>The day a campaign answers: 21/4, 26/4, 18/5, or another.</summary>
public enum Occasion
{
    WorldCreativityAndInnovationDay,
    WorldIntellectualPropertyDay,
    VietnamScienceAndTechnologyDay,
    Other,
}
