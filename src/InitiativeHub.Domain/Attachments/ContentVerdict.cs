namespace InitiativeHub.Domain.Attachments;

/// <summary>What <see cref="ContentSniffer"/> concluded from the bytes.</summary>
public enum ContentVerdict
{
    /// <summary>One of the known document, image or video types; see <see cref="SniffedContent.ContentType"/>.</summary>
    Recognized,

    /// <summary>No known type (including plain ZIP archives, HTML and old binary Office files).</summary>
    Unrecognized,

    /// <summary>A program, a script or a macro-enabled document.</summary>
    Executable,

    /// <summary>Bytes that are one type at the start and a ZIP archive at the end.</summary>
    Polyglot,

    /// <summary>A ZIP-based document with entry names that would escape a folder when extracted, or a corrupt one.</summary>
    UnsafeArchive,

    /// <summary>A ZIP-based document that inflates past the limits (a decompression bomb).</summary>
    ArchiveTooLarge,
}
