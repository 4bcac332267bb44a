namespace InitiativeHub.Domain.Attachments;

/// <summary>The content types <see cref="ContentSniffer"/> recognizes, and the file extensions each may carry.</summary>
public static class AttachmentContentType
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Mp4 = "video/mp4";
    public const string QuickTime = "video/quicktime";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Odt = "application/vnd.oasis.opendocument.text";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";
    public const string Odp = "application/vnd.oasis.opendocument.presentation";
    public const string PlainText = "text/plain";

    /// <summary>Used when nothing better is known; browsers never render it inline.</summary>
    public const string OctetStream = "application/octet-stream";

    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [Pdf] = [".pdf"],
        [Png] = [".png"],
        [Jpeg] = [".jpg", ".jpeg", ".jpe", ".jfif"],
        [Gif] = [".gif"],
        [WebP] = [".webp"],
        // Both are ISO base media files; phones name them either way.
        [Mp4] = [".mp4", ".m4v", ".mov"],
        [QuickTime] = [".mov", ".qt", ".mp4"],
        [Docx] = [".docx"],
        [Xlsx] = [".xlsx"],
        [Pptx] = [".pptx"],
        [Odt] = [".odt"],
        [Ods] = [".ods"],
        [Odp] = [".odp"],
        [PlainText] = [".txt", ".csv", ".md", ".log"],
    };

    /// <summary>Every type the sniffer can recognize.</summary>
    public static IReadOnlyCollection<string> All { get; } = [.. Extensions.Keys];

    public static bool IsKnown(string contentType) => Extensions.ContainsKey(contentType);

    /// <summary>The extensions (with the dot, lower case) a file of this type may be named with; empty when unknown.</summary>
    public static IReadOnlyList<string> ExtensionsOf(string contentType) =>
        Extensions.TryGetValue(contentType, out var extensions) ? extensions : [];

    /// <summary>The extension to give a file of this type whose name has none.</summary>
    public static string? PreferredExtension(string contentType) =>
        Extensions.TryGetValue(contentType, out var extensions) ? extensions[0] : null;

    /// <summary>
    /// Whether some recognized type claims this extension, i.e. the name promises a type the bytes must then match.
    /// </summary>
    public static bool IsClaimedExtension(string extension) =>
        Extensions.Values.Any(list => list.Contains(extension, StringComparer.OrdinalIgnoreCase));
}
