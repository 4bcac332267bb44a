using InitiativeHub.Domain.Attachments;

namespace InitiativeHub.Web.Formatting;

/// <summary>A content type as people know it: "PDF", "DOCX", "JPG", from the extension the type is saved with.</summary>
public static class FileTypeText
{
    public static string Label(string contentType) =>
        AttachmentContentType.PreferredExtension(contentType) is { } extension
            ? extension.TrimStart('.').ToUpperInvariant()
            : contentType;

    /// <summary>"PDF, DOCX, JPG" for a list of content types, each label once.</summary>
    public static string List(IEnumerable<string> contentTypes) => string.Join(", ", contentTypes.Select(Label).Distinct(StringComparer.Ordinal));
}
