namespace InitiativeHub.Domain.Entries;

/// <summary>A person, or a collective (tập thể) submitting or nominated together.</summary>
public enum SubmitterKind
{
    Individual,
    Collective,
}
