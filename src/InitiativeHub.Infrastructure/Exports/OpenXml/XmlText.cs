using System.Text;

namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// User text as XML 1.0 accepts it: NFC, and the characters XML cannot carry (NUL and other C0 controls except tab,
/// line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) dropped, so one odd character in an entry can
/// never make a whole export fail. Line ends become line feeds: XML readers turn a raw carriage return into one anyway,
/// and a line feed is the line break inside a spreadsheet cell.
/// </summary>
public static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var normalized = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        StringBuilder? builder = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            var ch = normalized[i];
            var valid = char.IsHighSurrogate(ch) && i + 1 < normalized.Length && char.IsLowSurrogate(normalized[i + 1])
                || (!char.IsSurrogate(ch) && IsXmlChar(ch))
                || (char.IsLowSurrogate(ch) && i > 0 && char.IsHighSurrogate(normalized[i - 1]));
            if (!valid)
            {
                builder ??= new StringBuilder(normalized, 0, i, normalized.Length);
                continue;
            }

            builder?.Append(ch);
        }

        return builder?.ToString() ?? normalized;
    }

    private static bool IsXmlChar(char ch) => ch is '\t' or '\n' or '\r' || (ch >= ' ' && ch != '\uFFFE' && ch != '\uFFFF');
}
