namespace InitiativeHub.Application.Attachments;

/// <summary>What an upload URL allows: at most <see cref="MaxBytes"/> bytes, for <see cref="Lifetime"/>.</summary>
public sealed record AttachmentUploadRequest(long MaxBytes, TimeSpan Lifetime);
