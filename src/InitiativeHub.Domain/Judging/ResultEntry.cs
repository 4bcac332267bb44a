namespace InitiativeHub.Domain.Judging;

/// <summary>An entry taking part in the results, with the submission time used by the tie-break chain.</summary>
public sealed record ResultEntry(Guid EntryId, DateTimeOffset? SubmittedAt);
