namespace InitiativeHub.Application.Attachments;

/// <summary>An absolute URL that serves one attachment until <see cref="ExpiresAt"/>.</summary>
public sealed record AttachmentDownloadUrl(Uri Url, DateTimeOffset ExpiresAt);
