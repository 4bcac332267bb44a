namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>How <see cref="AzureBlobAttachmentStore"/> reaches its container.</summary>
public sealed class AzureBlobAttachmentStoreOptions
{
    /// <summary>
    /// An Azure Storage connection string with <c>AccountName</c> and <c>AccountKey</c> (the key signs SAS URLs), or
    /// <c>UseDevelopmentStorage=true</c>.
    /// </summary>
    public required string ConnectionString { get; init; }

    public string ContainerName { get; init; } = "attachments";

    /// <summary>Bytes per staged block: the most a put holds in memory at once.</summary>
    public int BlockSize { get; init; } = 4 * 1024 * 1024;
}
