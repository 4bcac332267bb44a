using System.Text.Json.Serialization;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>The sidecar <c>{root}/meta/{key}.json</c> of <see cref="FileSystemAttachmentStore"/>.</summary>
internal sealed record FileSystemAttachmentMetadata(
    [property: JsonPropertyName("sha256")] string? Sha256,
    [property: JsonPropertyName("contentType")] string? ContentType);
