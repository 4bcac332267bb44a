namespace InitiativeHub.Application.Attachments;

/// <summary>The result of <see cref="IAttachmentStore.CheckReadinessAsync"/>; the description names the store, never a secret.</summary>
public sealed record AttachmentStoreReadiness(bool IsReady, string Description);
