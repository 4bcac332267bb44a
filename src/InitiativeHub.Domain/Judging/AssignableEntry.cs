namespace InitiativeHub.Domain.Judging;

/// <summary>An accepted entry waiting for judges, with the category that decides which panel judges it.</summary>
public sealed record AssignableEntry(Guid EntryId, Guid CategoryId);
