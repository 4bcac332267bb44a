namespace InitiativeHub.Domain.Attachments;

/// <summary>
/// What a campaign accepts as attachments: a size limit and the allowed content types (as sniffed from the bytes).
/// Each check throws <see cref="AttachmentRejectedException"/> with one of <see cref="AttachmentErrorCodes"/>.
/// </summary>
public sealed class AttachmentPolicy
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public AttachmentPolicy(long maxBytes, IEnumerable<string> allowedContentTypes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentNullException.ThrowIfNull(allowedContentTypes);
        var types = allowedContentTypes.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (types.Length == 0)
        {
            throw new ArgumentException("At least one content type must be allowed.", nameof(allowedContentTypes));
        }

        if (types.FirstOrDefault(type => !AttachmentContentType.IsKnown(type)) is { } unknown)
        {
            throw new ArgumentException($"'{unknown}' is not a content type the sniffer recognizes.", nameof(allowedContentTypes));
        }

        MaxBytes = maxBytes;
        AllowedContentTypes = types;
    }

    /// <summary>Every recognized type, up to <see cref="DefaultMaxBytes"/>.</summary>
    public static AttachmentPolicy Default { get; } = new(DefaultMaxBytes, AttachmentContentType.All);

    public long MaxBytes { get; }

    public IReadOnlyList<string> AllowedContentTypes { get; }

    /// <summary>Refuses a size over the limit; call it with the declared size before reading any bytes.</summary>
    public void EnsureSizeAllowed(long size)
    {
        if (size > MaxBytes)
        {
            throw AttachmentRejectedException.FileTooLarge(MaxBytes);
        }
    }

    /// <summary>Refuses a name that is a path, holds control characters or is too long; call it before reading any bytes.</summary>
    public static void EnsureNameAllowed(string? fileName)
    {
        if (AttachmentFileName.Refusal(fileName) is { } reason)
        {
            throw new AttachmentRejectedException(AttachmentErrorCodes.FileNameNotAllowed, reason);
        }
    }

    /// <summary>
    /// Checks a stored file: its size, what its bytes are, whether the campaign accepts that type and whether the
    /// name's extension tells the truth. Returns the sanitized name, with the right extension added when it had none.
    /// </summary>
    public AcceptedAttachment Check(string? fileName, long size, SniffedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureNameAllowed(fileName);
        EnsureSizeAllowed(size);
        var contentType = content.Verdict switch
        {
            ContentVerdict.Recognized => content.ContentType!,
            ContentVerdict.Executable => throw new AttachmentRejectedException(
                AttachmentErrorCodes.FileTypeNotAllowed,
                "Không được tải lên tệp chương trình, tệp lệnh (script) hoặc tài liệu có chứa macro."),
            ContentVerdict.ArchiveTooLarge => throw new AttachmentRejectedException(
                AttachmentErrorCodes.FileTooLarge,
                "Tài liệu khi giải nén vượt quá dung lượng cho phép (nghi là tệp nén độc hại)."),
            ContentVerdict.Polyglot => throw new AttachmentRejectedException(
                AttachmentErrorCodes.FileContentMismatch,
                "Tệp mang đồng thời nhiều định dạng nên không được chấp nhận."),
            ContentVerdict.UnsafeArchive => throw new AttachmentRejectedException(
                AttachmentErrorCodes.FileContentMismatch,
                "Tài liệu bị hỏng hoặc chứa đường dẫn không an toàn."),
            _ => throw NotAllowed(),
        };

        if (!AllowedContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
        {
            throw NotAllowed();
        }

        var safeName = AttachmentFileName.Sanitize(fileName);
        var extension = AttachmentFileName.ExtensionOf(safeName);
        var expected = AttachmentContentType.ExtensionsOf(contentType);
        if (expected.Contains(extension))
        {
            return new AcceptedAttachment(safeName, contentType, size);
        }

        if (extension.Length > 0 && AttachmentContentType.IsClaimedExtension(extension))
        {
            throw new AttachmentRejectedException(
                AttachmentErrorCodes.FileContentMismatch,
                $"Nội dung tệp không phải là tệp {extension.TrimStart('.').ToUpperInvariant()} như tên tệp cho biết.");
        }

        // "Báo cáo v1.2" or "chay.bat" holding a PDF / plain text: the right extension is added, so the downloaded
        // file opens in the right program and never as something executable.
        return new AcceptedAttachment(AttachmentFileName.Sanitize(safeName + expected[0]), contentType, size);
    }

    /// <summary>Refuses when the client's SHA-256 (hex, any case) differs from the stored bytes' digest.</summary>
    public static void EnsureDigestMatches(string? expectedSha256, string actualSha256)
    {
        ArgumentNullException.ThrowIfNull(actualSha256);
        if (!string.Equals(expectedSha256?.Trim(), actualSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new AttachmentRejectedException(
                AttachmentErrorCodes.DigestMismatch,
                "Mã kiểm tra SHA-256 không khớp với tệp đã nhận; tệp có thể bị lỗi khi tải lên, vui lòng tải lên lại.");
        }
    }

    private AttachmentRejectedException NotAllowed()
    {
        var accepted = string.Join(", ", AllowedContentTypes
            .Select(type => AttachmentContentType.PreferredExtension(type)!.TrimStart('.').ToUpperInvariant())
            .Distinct());
        return new AttachmentRejectedException(
            AttachmentErrorCodes.FileTypeNotAllowed,
            $"Loại tệp này không được chấp nhận. Các loại tệp được nhận: {accepted}.");
    }
}
