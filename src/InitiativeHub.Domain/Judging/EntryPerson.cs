namespace InitiativeHub.Domain.Judging;

/// <summary>An author or trial participant as far as conflicts of interest care: a name and, where known, an e-mail.</summary>
public sealed record EntryPerson(string FullName, string? Email);
