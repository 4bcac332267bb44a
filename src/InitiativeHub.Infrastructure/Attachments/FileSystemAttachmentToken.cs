using System.Text.Json.Serialization;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// What a <c>/files/{token}</c> URL grants, sealed by Data Protection (encrypted and authenticated, with its own
/// expiry): short property names keep URLs short.
/// </summary>
internal sealed record FileSystemAttachmentToken(
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("p")] string Purpose,
    [property: JsonPropertyName("e")] long ExpiresAtUnixSeconds,
    [property: JsonPropertyName("n")] string? FileName,
    [property: JsonPropertyName("t")] string? ContentType,
    [property: JsonPropertyName("m")] long MaxBytes)
{
    public const string ReadPurpose = "read";
    public const string WritePurpose = "write";
}
