namespace InitiativeHub.Domain.Awards;

/// <summary>Who an award goes to: a person (cá nhân) or a collective (tập thể) with its members.</summary>
public enum AwardeeKind
{
    Individual,
    Collective,
}
