namespace InitiativeHub.GraphQL.Entries;

public sealed class RequestAttachmentUploadInput
{
    public string EntryId { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public string ContentType { get; set; } = string.Empty;

    public int SizeBytes { get; set; }
}
