namespace InitiativeHub.Application.Entries;

/// <summary>A frozen submitted version as stored: readable by organizers after later changes.</summary>
public sealed record EntryVersionRecord(Guid EntryId, int Version, string ReceiptNumber, string Digest, DateTimeOffset SubmittedAt, string CanonicalForm, string? IdempotencyKey);
