using System.Globalization;
using System.Text;

namespace InitiativeHub.Domain.Attachments;

/// <summary>
/// Makes a user-supplied file name safe to store, show and offer as a download name on any operating system,
/// keeping the Vietnamese letters: the name is only ever a label, never a path.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 200;

    /// <summary>
    /// The longest name accepted at all: 255 is what common file systems (ext4, NTFS, APFS) allow, so a longer name
    /// never came from a user's disk. Names between <see cref="MaxLength"/> and this are shortened, not refused.
    /// </summary>
    public const int MaxAcceptedLength = 255;

    /// <summary>The name given when nothing usable is left ("attachment").</summary>
    public const string Fallback = "tep-dinh-kem";

    // Longer "extensions" are just part of a name with a dot in it.
    private const int MaxExtensionLength = 16;

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>
    /// Why a name as the client sent it is refused, or <see langword="null"/> when it is acceptable (to be
    /// <see cref="Sanitize">sanitized</see> afterwards). Browsers send a file's own name, never a path or control
    /// characters, so such names are refused outright instead of silently repaired.
    /// </summary>
    public static string? Refusal(string? fileName)
    {
        if (fileName is null)
        {
            return null;
        }

        if (fileName.Length > MaxAcceptedLength)
        {
            return $"Tên tệp quá dài: tối đa {MaxAcceptedLength} ký tự.";
        }

        if (fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Trim() is "." or "..")
        {
            return "Tên tệp không được chứa đường dẫn thư mục (/, \\ hoặc ..).";
        }

        foreach (var ch in fileName)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                return "Tên tệp chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản.";
            }
        }

        return null;
    }

    /// <summary>
    /// Drops any directory part (<c>/</c> and <c>\</c>), control and invisible formatting characters (such as the
    /// right-to-left override that makes "exe.pdf" read as "fdp.exe"), replaces characters reserved on Windows,
    /// collapses spaces, trims dots and spaces, composes to NFC and cuts to <see cref="MaxLength"/> characters
    /// keeping the extension. Never returns an empty name.
    /// </summary>
    public static string Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return Fallback;
        }

        var name = RemoveUnsafeCharacters(fileName.Normalize(NormalizationForm.FormC));
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = ReplaceReservedAndCollapseSpaces(name).Trim(' ', '.');
        if (name.Length == 0)
        {
            return Fallback;
        }

        // The extension as the user wrote it; ExtensionOf only decides where it starts.
        var extension = name[^ExtensionOf(name).Length..];
        var stem = name[..^extension.Length];
        if (WindowsDeviceNames.Contains(stem.TrimEnd(' ', '.')))
        {
            stem = "_" + stem;
        }

        if (stem.Length + extension.Length > MaxLength)
        {
            stem = TruncateByTextElements(stem, MaxLength - extension.Length).TrimEnd(' ', '.');
        }

        var result = (stem + extension).Trim(' ', '.');
        return result.Length == 0 ? Fallback : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The extension with its dot in lower case ("" when the name has none), as <see cref="Sanitize"/> sees it.</summary>
    public static string ExtensionOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var dot = fileName.LastIndexOf('.');
        if (dot <= 0 || dot == fileName.Length - 1 || fileName.Length - dot > MaxExtensionLength)
        {
            return string.Empty;
        }

        var extension = fileName[dot..];
        return extension.Contains(' ', StringComparison.Ordinal) ? string.Empty : extension.ToLowerInvariant();
    }

    private static string RemoveUnsafeCharacters(string name)
    {
        var builder = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (char.IsHighSurrogate(ch) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                builder.Append(ch).Append(name[++i]);
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            // Cc: controls (NUL, newlines, ESC…); Cf: invisible formatting such as bidi overrides; lone surrogates.
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static string ReplaceReservedAndCollapseSpaces(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name)
        {
            if (ch is '<' or '>' or ':' or '"' or '|' or '?' or '*')
            {
                builder.Append('_');
            }
            else if (char.IsWhiteSpace(ch))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>Cuts to at most <paramref name="maxLength"/> UTF-16 units without splitting a letter from its marks or an emoji.</summary>
    private static string TruncateByTextElements(string text, int maxLength)
    {
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        var end = 0;
        while (enumerator.MoveNext())
        {
            var next = enumerator.ElementIndex + enumerator.GetTextElement().Length;
            if (next > maxLength)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
