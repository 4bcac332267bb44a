namespace InitiativeHub.Domain.Entries;

/// <summary>
/// A direct upload in progress: the client was given a short-lived URL to PUT the bytes to; completing it checks
/// size and digest. Uploads never completed are swept, blob and all.
/// </summary>
public sealed class AttachmentUpload
{
    private AttachmentUpload()
    {
        FileName = string.Empty;
        DeclaredContentType = string.Empty;
        StorageKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid UserId { get; private set; }

    public string FileName { get; private set; }

    public string DeclaredContentType { get; private set; }

    public long DeclaredSizeBytes { get; private set; }

    public string StorageKey { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static AttachmentUpload Start(Guid id, Guid entryId, Guid userId, string fileName, string declaredContentType, long declaredSize, string storageKey, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = id,
        EntryId = entryId,
        UserId = userId,
        FileName = fileName,
        DeclaredContentType = declaredContentType,
        DeclaredSizeBytes = declaredSize,
        StorageKey = storageKey,
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };

    public void Complete(DateTimeOffset now) => CompletedAt = now;
}
