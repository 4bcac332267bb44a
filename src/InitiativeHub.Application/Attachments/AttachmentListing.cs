namespace InitiativeHub.Application.Attachments;

/// <summary>One key found by <see cref="IAttachmentStore.ListAsync"/>.</summary>
public sealed record AttachmentListing(string Key, long Size, DateTimeOffset CreatedAt);
