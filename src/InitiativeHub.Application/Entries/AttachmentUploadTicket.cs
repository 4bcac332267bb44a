namespace InitiativeHub.Application.Entries;

/// <summary>Where and until when the client may PUT the bytes of a direct upload.</summary>
public sealed record AttachmentUploadTicket(Guid UploadId, Uri UploadUrl, string Method, IReadOnlyDictionary<string, string> Headers, DateTimeOffset ExpiresAt);
