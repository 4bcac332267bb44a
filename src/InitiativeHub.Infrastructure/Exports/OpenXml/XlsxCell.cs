namespace InitiativeHub.Infrastructure.Exports.OpenXml;

/// <summary>
/// One cell of a streamed worksheet: text (always written as an inline string, so it is shown as typed and never
/// evaluated) or a number.
/// </summary>
public readonly record struct XlsxCell(string? Text, decimal? Number)
{
    public static XlsxCell Of(string? text) => new(text, null);

    public static XlsxCell Of(decimal? number) => new(null, number);

    public static XlsxCell Of(int number) => new(null, number);

    public static implicit operator XlsxCell(string? text) => Of(text);

    public static XlsxCell FromString(string? text) => Of(text);

    /// <summary>The number in invariant form without trailing zeros ("80", not "80.0") and never in exponent form.</summary>
    public static string Invariant(decimal number) => number.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
}
