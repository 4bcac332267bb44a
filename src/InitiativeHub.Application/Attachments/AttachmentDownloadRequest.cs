namespace InitiativeHub.Application.Attachments;

/// <summary>
/// What a download URL serves: the name the browser saves the file as (already sanitized), the content type (the
/// sniffed one) and how long the URL works.
/// </summary>
public sealed record AttachmentDownloadRequest(string FileName, string ContentType, TimeSpan Lifetime);
