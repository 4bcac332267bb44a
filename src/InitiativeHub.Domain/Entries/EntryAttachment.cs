namespace InitiativeHub.Domain.Entries;

/// <summary>A file attached to an entry: what the sniffer decided it is, its size and digest, where it is stored.</summary>
public sealed record EntryAttachment(
    Guid Id,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string StorageKey,
    DateTimeOffset AddedAt);
