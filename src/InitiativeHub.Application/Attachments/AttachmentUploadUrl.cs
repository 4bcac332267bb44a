namespace InitiativeHub.Application.Attachments;

/// <summary>
/// Where and how a client sends the bytes itself: an HTTP <see cref="Method"/> (PUT) to <see cref="Url"/> with the
/// <see cref="Headers"/> given (Azure needs <c>x-ms-blob-type: BlockBlob</c>), before <see cref="ExpiresAt"/>.
/// </summary>
public sealed record AttachmentUploadUrl(
    Uri Url,
    string Method,
    IReadOnlyDictionary<string, string> Headers,
    long MaxBytes,
    DateTimeOffset ExpiresAt);
