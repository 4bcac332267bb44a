namespace InitiativeHub.Domain.Attachments;

/// <summary>The verdict on a file's bytes and, when recognized, its content type.</summary>
/// <param name="Verdict">What the bytes are.</param>
/// <param name="ContentType">The MIME type when <see cref="ContentVerdict.Recognized"/>, otherwise null.</param>
/// <param name="Detail">Why, in a few words for logs (not shown to users).</param>
public sealed record SniffedContent(ContentVerdict Verdict, string? ContentType, string Detail)
{
    public bool IsRecognized => Verdict == ContentVerdict.Recognized;

    public static SniffedContent Recognized(string contentType) => new(ContentVerdict.Recognized, contentType, contentType);

    public static SniffedContent Refused(ContentVerdict verdict, string detail) => new(verdict, null, detail);
}
