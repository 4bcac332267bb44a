namespace InitiativeHub.Application.Entries;

/// <summary>The answer to a receipt verification: valid or not, and what it was for.</summary>
public sealed record ReceiptCheck(bool Valid, string? EntryTitle, DateTimeOffset? SubmittedAt);
