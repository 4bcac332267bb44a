namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>The <c>InitiativeHub:Attachments</c> configuration section.</summary>
public sealed class AttachmentStorageOptions
{
    public const string SectionName = "InitiativeHub:Attachments";

    public AttachmentStoreProvider Provider { get; set; } = AttachmentStoreProvider.FileSystem;

    /// <summary>The blob container when <see cref="AttachmentStoreProvider.AzureBlob"/>; created if missing.</summary>
    public string ContainerName { get; set; } = "attachments";
}
