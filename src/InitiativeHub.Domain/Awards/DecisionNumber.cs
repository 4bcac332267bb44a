using System.Text.RegularExpressions;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Awards;

/// <summary>
/// The number of an award decision as written on it: "12/QĐ-UBND" — a serial number, then the symbol made of the
/// document type (QĐ) and the issuer's abbreviation (Nghị định 30/2020, Phụ lục I).
/// </summary>
public sealed partial record DecisionNumber(int Number, string Symbol)
{
    public const int MaxLength = 50;

    public override string ToString() => $"{Number}/{Symbol}";

    /// <summary>Parses and normalizes (NFC, no spaces around the parts); a bad form is a VALIDATION error on <c>decisionNumber</c>.</summary>
    public static DecisionNumber Parse(string? text)
    {
        var clean = VietnameseText.Normalize(text);
        var match = string.IsNullOrEmpty(clean) || clean.Length > MaxLength ? null : Pattern().Match(clean);
        if (match is not { Success: true } || !int.TryParse(match.Groups[1].Value, out var number) || number <= 0)
        {
            throw new ValidationException("Số quyết định phải có dạng số/QĐ-ký hiệu cơ quan, ví dụ 12/QĐ-UBND.", "decisionNumber");
        }

        return new DecisionNumber(number, $"QĐ-{match.Groups[2].Value.ToUpperInvariant()}");
    }

    [GeneratedRegex(@"^0*(\d{1,6})\s*/\s*QĐ\s*-\s*([\p{L}\d]+(?:-[\p{L}\d]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
