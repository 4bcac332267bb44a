using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;

namespace InitiativeHub.Domain.Attachments;

/// <summary>
/// Decides what a file is from its bytes, never from its name: a renamed program stays a program. ZIP-based
/// documents are opened and every entry inflated and counted, so bombs and path-traversal entry names are caught
/// before anyone downloads and extracts them.
/// </summary>
public static class ContentSniffer
{
    private const int HeaderLength = 64;
    private const int TextWindowLength = 64 * 1024;

    // A ZIP reader looks for its end-of-central-directory record in the last 64 KiB + 22 bytes of a file.
    private const int ZipTailLength = 65_535 + 22;

    private static readonly byte[] ZipLocalHeader = "PK\u0003\u0004"u8.ToArray();
    private static readonly byte[] ZipEndOfCentralDirectory = "PK\u0005\u0006"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4",
        "MSNV", "NDAS", "3gp4", "3gp5", "3gp6", "3g2a", "f4v ",
    };

    /// <summary>Sniffs a complete file held in memory.</summary>
    public static SniffedContent Sniff(byte[] content, ZipInspectionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream(content, writable: false);
        return Sniff(stream, limits);
    }

    /// <summary>
    /// Sniffs a complete file. The stream must be readable and seekable (a ZIP's directory is at its end); it is
    /// read from the start and left open.
    /// </summary>
    public static SniffedContent Sniff(Stream content, ZipInspectionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead || !content.CanSeek)
        {
            throw new ArgumentException("The content stream must be readable and seekable.", nameof(content));
        }

        limits ??= ZipInspectionLimits.Default;
        Span<byte> headerBuffer = stackalloc byte[HeaderLength];
        content.Position = 0;
        var header = headerBuffer[..content.ReadAtLeast(headerBuffer, HeaderLength, throwOnEndOfStream: false)];

        if (DescribeExecutable(header) is { } program)
        {
            return SniffedContent.Refused(ContentVerdict.Executable, program);
        }

        if (header.StartsWith(ZipLocalHeader))
        {
            return InspectZipDocument(content, limits);
        }

        var binaryType = DescribeBinary(header);
        if (binaryType is not null)
        {
            // A ZIP directory at the end makes the same bytes open as an archive too (e.g. a PDF carrying a JAR).
            return HasZipDirectoryAtEnd(content)
                ? SniffedContent.Refused(ContentVerdict.Polyglot, $"{binaryType} with a ZIP archive appended")
                : SniffedContent.Recognized(binaryType);
        }

        return LooksLikePlainText(content)
            ? SniffedContent.Recognized(AttachmentContentType.PlainText)
            : SniffedContent.Refused(ContentVerdict.Unrecognized, "unknown signature");
    }

    private static string? DescribeExecutable(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("MZ"u8))
        {
            return "Windows executable (MZ)";
        }

        if (header.StartsWith("\u007FELF"u8))
        {
            return "ELF executable";
        }

        if (header.Length >= 4)
        {
            var magic = (uint)(header[0] << 24 | header[1] << 16 | header[2] << 8 | header[3]);
            // Mach-O 32/64-bit in both byte orders, and universal ("fat") binaries, which share CAFEBABE with Java classes.
            if (magic is 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE or 0xCAFEBABE or 0xBEBAFECA)
            {
                return "Mach-O executable or Java class";
            }
        }

        var text = SkipByteOrderMark(header);
        return text.StartsWith("#!"u8) ? "script (#!)" : null;
    }

    private static string? DescribeBinary(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return AttachmentContentType.Pdf;
        }

        if (header.StartsWith(PngSignature))
        {
            return AttachmentContentType.Png;
        }

        if (header.StartsWith(JpegSignature))
        {
            return AttachmentContentType.Jpeg;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return AttachmentContentType.Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return AttachmentContentType.WebP;
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(header[8..12]);
            if (brand == "qt  ")
            {
                return AttachmentContentType.QuickTime;
            }

            return Mp4Brands.Contains(brand) ? AttachmentContentType.Mp4 : null;
        }

        return null;
    }

    private static bool HasZipDirectoryAtEnd(Stream content)
    {
        var length = (int)Math.Min(content.Length, ZipTailLength);
        var tail = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            content.Position = content.Length - length;
            content.ReadExactly(tail, 0, length);
            return tail.AsSpan(0, length).IndexOf(ZipEndOfCentralDirectory) >= 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tail);
        }
    }

    private static bool LooksLikePlainText(Stream content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(TextWindowLength);
        var characters = ArrayPool<char>.Shared.Rent(TextWindowLength);
        try
        {
            content.Position = 0;
            var read = content.ReadAtLeast(buffer.AsSpan(0, TextWindowLength), TextWindowLength, throwOnEndOfStream: false);
            if (read == 0)
            {
                return false;
            }

            var bytes = SkipByteOrderMark(buffer.AsSpan(0, read));
            var wholeFile = content.Length <= TextWindowLength;
            // Not the final block when the window cut the file: a character split at the window's edge is fine.
            var status = Utf8.ToUtf16(bytes, characters, out _, out var written, replaceInvalidSequences: false, isFinalBlock: wholeFile);
            if (status is not (System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.NeedMoreData))
            {
                return false;
            }

            var text = characters.AsSpan(0, written);
            foreach (var ch in text)
            {
                if (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r' or '\f'))
                {
                    return false;
                }
            }

            // Markup and rich text are documents a browser or word processor would interpret, not plain text.
            var start = text.TrimStart();
            return !start.StartsWith('<') && !start.StartsWith(@"{\rtf", StringComparison.Ordinal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(characters);
        }
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf8ByteOrderMark) ? bytes[3..] : bytes;

    private static SniffedContent InspectZipDocument(Stream content, ZipInspectionLimits limits)
    {
        content.Position = 0;
        var archiveLength = Math.Max(1, content.Length);
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return SniffedContent.Refused(ContentVerdict.ArchiveTooLarge, $"{entries.Count} entries");
            }

            foreach (var entry in entries)
            {
                if (!IsSafeEntryName(entry.FullName))
                {
                    return SniffedContent.Refused(ContentVerdict.UnsafeArchive, $"unsafe entry name '{entry.FullName}'");
                }

                // Deflate never grows data by more than a few bytes per block: more compressed than uncompressed bytes
                // means the declared size lies, and readers that trust the stream instead would inflate far more.
                if (entry.CompressedLength > entry.Length + (entry.Length / 100) + 1024)
                {
                    return SniffedContent.Refused(ContentVerdict.UnsafeArchive, $"entry '{entry.FullName}' declares a false size");
                }
            }

            // Declared sizes first: an honest bomb is refused without inflating anything.
            if (entries.Sum(entry => entry.Length) is var declared && IsOverLimits(declared, archiveLength, limits))
            {
                return SniffedContent.Refused(ContentVerdict.ArchiveTooLarge, $"declares {declared} bytes");
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            string? contentTypesXml = null;
            string? odfMimeType = null;
            long inflated = 0;
            var buffer = ArrayPool<byte>.Shared.Rent(81_920);
            try
            {
                foreach (var entry in entries)
                {
                    names.Add(entry.FullName);
                    var keep = entry.FullName switch
                    {
                        "[Content_Types].xml" => 1024 * 1024,
                        "mimetype" when ReferenceEquals(entry, entries[0]) => 256,
                        _ => 0,
                    };
                    using var kept = keep > 0 ? new MemoryStream() : null;
                    using var entryStream = entry.Open();
                    int read;
                    while ((read = entryStream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        inflated += read;
                        if (IsOverLimits(inflated, archiveLength, limits))
                        {
                            return SniffedContent.Refused(ContentVerdict.ArchiveTooLarge, $"inflates past {inflated} bytes");
                        }

                        if (kept is not null && kept.Length < keep)
                        {
                            kept.Write(buffer, 0, (int)Math.Min(read, keep - kept.Length));
                        }
                    }

                    if (kept is not null && entry.FullName == "mimetype")
                    {
                        odfMimeType = Encoding.ASCII.GetString(kept.GetBuffer(), 0, (int)kept.Length).Trim();
                    }
                    else if (kept is not null)
                    {
                        contentTypesXml = Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            return ClassifyZipDocument(names, contentTypesXml, odfMimeType);
        }
        catch (InvalidDataException exception)
        {
            return SniffedContent.Refused(ContentVerdict.UnsafeArchive, $"corrupt ZIP: {exception.Message}");
        }
    }

    private static bool IsOverLimits(long inflated, long archiveLength, ZipInspectionLimits limits) =>
        inflated > limits.MaxUncompressedBytes
        || (inflated > limits.RatioFloorBytes && inflated / archiveLength > limits.MaxCompressionRatio);

    private static bool IsSafeEntryName(string name)
    {
        if (name.Length == 0 || name[0] is '/' or '\\' || name.Contains('\\', StringComparison.Ordinal)
            || (name.Length >= 2 && name[1] == ':'))
        {
            return false;
        }

        foreach (var ch in name)
        {
            if (char.IsControl(ch))
            {
                return false;
            }
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment is ".." or ".")
            {
                return false;
            }
        }

        return true;
    }

    private static SniffedContent ClassifyZipDocument(HashSet<string> names, string? contentTypesXml, string? odfMimeType)
    {
        if (odfMimeType is not null)
        {
            return odfMimeType switch
            {
                AttachmentContentType.Odt or AttachmentContentType.Ods or AttachmentContentType.Odp
                    when !names.Any(name => name.StartsWith("Basic/", StringComparison.OrdinalIgnoreCase)) => SniffedContent.Recognized(odfMimeType),
                AttachmentContentType.Odt or AttachmentContentType.Ods or AttachmentContentType.Odp =>
                    SniffedContent.Refused(ContentVerdict.Executable, "OpenDocument with Basic macros"),
                _ => SniffedContent.Refused(ContentVerdict.Unrecognized, $"OpenDocument '{odfMimeType}'"),
            };
        }

        if (contentTypesXml is null)
        {
            return SniffedContent.Refused(ContentVerdict.Unrecognized, "ZIP archive that is not an office document");
        }

        // Macro-enabled Office files (.docm, .xlsm, .pptm) carry code; renaming them .docx does not remove it.
        if (contentTypesXml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
            || names.Any(name => name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return SniffedContent.Refused(ContentVerdict.Executable, "Office document with macros");
        }

        if (HasPart(names, "word/"))
        {
            return SniffedContent.Recognized(AttachmentContentType.Docx);
        }

        if (HasPart(names, "xl/"))
        {
            return SniffedContent.Recognized(AttachmentContentType.Xlsx);
        }

        return HasPart(names, "ppt/")
            ? SniffedContent.Recognized(AttachmentContentType.Pptx)
            : SniffedContent.Refused(ContentVerdict.Unrecognized, "Open Packaging file of an unknown kind");
    }

    private static bool HasPart(HashSet<string> names, string folder) =>
        names.Any(name => name.StartsWith(folder, StringComparison.OrdinalIgnoreCase));
}
