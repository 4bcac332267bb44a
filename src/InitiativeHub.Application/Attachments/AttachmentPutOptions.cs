namespace InitiativeHub.Application.Attachments;

/// <summary>How to store bytes: the most to accept, and the content type to record when already known.</summary>
public sealed record AttachmentPutOptions(long MaxBytes, string? ContentType = null);
