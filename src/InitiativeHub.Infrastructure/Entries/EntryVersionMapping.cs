using InitiativeHub.Application.Entries;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>Stored version → application record.</summary>
public static class EntryVersionMapping
{
    public static EntryVersionRecord ToRecord(this EntryVersionEntity version) =>
        new(version.EntryId, version.Version, version.ReceiptNumber, version.Digest, version.SubmittedAt, version.CanonicalForm, version.IdempotencyKey);
}
