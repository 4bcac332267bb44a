namespace InitiativeHub.Application.Attachments;

/// <summary>What a store knows about a key without reading its bytes.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">Bytes held.</param>
/// <param name="Sha256">Lower-case hex; null until computed (bytes uploaded straight to an upload URL).</param>
/// <param name="ContentType">As recorded at put time, when one was given.</param>
/// <param name="CreatedAt">When the bytes were stored.</param>
public sealed record AttachmentInfo(string Key, long Size, string? Sha256, string? ContentType, DateTimeOffset CreatedAt);
