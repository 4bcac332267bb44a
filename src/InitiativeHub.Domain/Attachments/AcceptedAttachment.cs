namespace InitiativeHub.Domain.Attachments;

/// <summary>A file that passed an <see cref="AttachmentPolicy"/>: its safe display name, sniffed type and size.</summary>
public sealed record AcceptedAttachment(string FileName, string ContentType, long Size);
