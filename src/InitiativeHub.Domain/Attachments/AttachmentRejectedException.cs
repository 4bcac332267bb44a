using System.Globalization;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Attachments;

/// <summary>An attachment refused by a rule; <see cref="DomainException.Code"/> is one of <see cref="AttachmentErrorCodes"/>.</summary>
public sealed class AttachmentRejectedException(string code, string message)
    : DomainException(code, message, FieldName)
{
    /// <summary>The input field attachment errors are about.</summary>
    public const string FieldName = "file";

    /// <summary>The refusal of a file over <paramref name="maxBytes"/>, shared by policies and stores.</summary>
    public static AttachmentRejectedException FileTooLarge(long maxBytes) =>
        new(AttachmentErrorCodes.FileTooLarge, $"Tệp quá lớn: dung lượng tối đa cho phép là {FormatSize(maxBytes)}.");

    // Vietnamese writes a decimal comma ("1,5 MB"); formatted by hand so it does not depend on installed cultures.
    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => Decimal(bytes / (1024d * 1024)) + " MB",
        >= 1024 => Decimal(bytes / 1024d) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " byte",
    };

    private static string Decimal(double value) => value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
}
