using System.Globalization;
using System.Text;

namespace InitiativeHub.Domain.Text;

/// <summary>
/// Text rules for Vietnamese: everything is stored in Unicode NFC, and search compares a folded form without
/// diacritics (đ/Đ become d, which Unicode decomposition alone does not do), in lower case, with single spaces.
/// </summary>
public static class VietnameseText
{
    /// <summary>Trims and composes to NFC; null stays null.</summary>
    public static string? Normalize(string? text) =>
        text is null ? null : text.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>The search key of a text: "Phường Trần Hưng Đạo" → "phuong tran hung dao".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a text, each once, in their first order.</summary>
    public static IReadOnlyList<string> FoldedWords(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}
