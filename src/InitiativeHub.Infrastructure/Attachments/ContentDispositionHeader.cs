using System.Globalization;
using System.Text;
using InitiativeHub.Domain.Attachments;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// <c>Content-Disposition: attachment</c> with the name twice, as RFC 6266 advises: <c>filename*=UTF-8''…</c>
/// (RFC 8187 percent-encoding) that every current browser uses, and a plain ASCII <c>filename="…"</c> for the rest.
/// </summary>
internal static class ContentDispositionHeader
{
    public static string Attachment(string? fileName)
    {
        // Sanitizing again removes CR/LF and quotes' friends, so a name can never inject a header.
        var name = AttachmentFileName.Sanitize(fileName);
        return $"attachment; filename=\"{AsciiFallback(name)}\"; filename*=UTF-8''{PercentEncode(name)}";
    }

    /// <summary>"Báo cáo Đợt 1.pdf" → "Bao cao Dot 1.pdf": letters without marks, anything else outside ASCII as "_".</summary>
    private static string AsciiFallback(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(ch switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                '"' or '\\' or '%' => '_',
                >= ' ' and <= '~' => ch,
                _ => '_',
            });
        }

        return builder.ToString();
    }

    private static string PercentEncode(string name)
    {
        var builder = new StringBuilder(name.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(name.Normalize(NormalizationForm.FormC)))
        {
            // RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~".
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'!' or (byte)'#' or (byte)'$' or (byte)'&' or (byte)'+'
                or (byte)'-' or (byte)'.' or (byte)'^' or (byte)'_' or (byte)'`' or (byte)'|' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
