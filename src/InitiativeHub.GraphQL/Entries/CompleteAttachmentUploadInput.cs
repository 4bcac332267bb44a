namespace InitiativeHub.GraphQL.Entries;

public sealed class CompleteAttachmentUploadInput
{
    public string UploadId { get; set; } = string.Empty;

    public string Sha256 { get; set; } = string.Empty;
}
