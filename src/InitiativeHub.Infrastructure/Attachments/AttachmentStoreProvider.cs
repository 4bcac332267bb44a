namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>Where attachments are kept (<c>InitiativeHub:Attachments:Provider</c>).</summary>
public enum AttachmentStoreProvider
{
    /// <summary><c>{DataPath}/attachments</c>, served by the host's own signed <c>/files</c> endpoints. The default.</summary>
    FileSystem,

    /// <summary>Azure Blob Storage (or Azurite) from <c>ConnectionStrings:Blobs</c>, with SAS URLs.</summary>
    AzureBlob,
}
