namespace InitiativeHub.Domain.Attachments;

/// <summary>Stable error codes for refused attachments. Never rename one; add new ones.</summary>
public static class AttachmentErrorCodes
{
    /// <summary>The file, or what a compressed document inflates to, is over the limit.</summary>
    public const string FileTooLarge = "FILE_TOO_LARGE";

    /// <summary>The bytes are of a type the campaign does not accept (including executables and scripts).</summary>
    public const string FileTypeNotAllowed = "FILE_TYPE_NOT_ALLOWED";

    /// <summary>The bytes do not match the name's extension, or are two formats at once, or a malformed document.</summary>
    public const string FileContentMismatch = "FILE_CONTENT_MISMATCH";

    /// <summary>
    /// The file name is not one a file system gives (a path, "..", control or direction-override characters, over
    /// <see cref="AttachmentFileName.MaxAcceptedLength"/> characters): only a hostile or broken client sends it.
    /// </summary>
    public const string FileNameNotAllowed = "FILE_NAME_NOT_ALLOWED";

    /// <summary>The SHA-256 the client computed differs from the server's digest of the stored bytes.</summary>
    public const string DigestMismatch = "DIGEST_MISMATCH";
}
