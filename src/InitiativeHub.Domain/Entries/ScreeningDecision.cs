namespace InitiativeHub.Domain.Entries;

/// <summary>An organizer's screening decision.</summary>
public enum ScreeningDecision
{
    Accept,
    Return,
    Reject,
}
