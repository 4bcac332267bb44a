using System.Globalization;

namespace InitiativeHub.Web.Formatting;

/// <summary>Numbers as the UI language writes them ("7,5" in Vietnamese), and read back whichever separator was typed.</summary>
public static class NumberText
{
    /// <summary>"7,5" (vi) or "7.5" (en); whole numbers without decimals.</summary>
    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    /// <summary>Every significant decimal, none trailing ("82,375"): sums of weighted scores are shown exactly, not rounded.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.CurrentCulture);

    /// <summary>"60%".</summary>
    public static string Percent(decimal value) => Format(value) + "%";

    /// <summary>A similarity from 0 to 1 as a whole percentage: "82%".</summary>
    public static string Percent(double fraction) =>
        Math.Round(fraction * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture) + "%";

    /// <summary>Reads "7,5" or "7.5" (a single decimal separator, no thousands separator); blank is no value.</summary>
    public static bool TryParse(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var clean = text.Trim().Replace(',', '.').TrimEnd('%').Trim();
        if (decimal.TryParse(clean, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Reads a whole number; blank is no value.</summary>
    public static bool TryParseInt(string? text, out int? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A size in bytes for people: "820 KB", "1,5 MB".</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024m * 1024 * 1024)).ToString("0.#", CultureInfo.CurrentCulture) + " GB",
        >= 1024L * 1024 => (bytes / (1024m * 1024)).ToString("0.#", CultureInfo.CurrentCulture) + " MB",
        >= 1024 => (bytes / 1024m).ToString("0.#", CultureInfo.CurrentCulture) + " KB",
        _ => bytes.ToString(CultureInfo.CurrentCulture) + " B",
    };
}
