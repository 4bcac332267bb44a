namespace InitiativeHub.Application.Attachments;

/// <summary>Bytes held under a key: their size and SHA-256 (64 lower-case hex digits).</summary>
public sealed record StoredAttachment(string Key, long Size, string Sha256);
