using System.Globalization;

namespace InitiativeHub.Web.Formatting;

/// <summary>
/// Shows instants as people in Vietnam read them, whatever the server's zone or the UI language: Asia/Ho_Chi_Minh
/// time, dates dd/MM/yyyy, 24-hour clock; and reads back what they type in the same form.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public const string DatePattern = "dd/MM/yyyy";

    public const string TimePattern = "HH:mm";

    public const string DateTimePattern = "dd/MM/yyyy HH:mm";

    // What people type: with or without leading zeros, a day before the month, always a 24-hour time.
    private static readonly string[] DateTimeInputPatterns =
    [
        "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy H:mm", "d/M/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
        "dd-MM-yyyy HH:mm", "d-M-yyyy H:mm",
    ];

    private static readonly string[] DateInputPatterns = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy"];

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"05/01/2026".</summary>
    public static string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>"05/01/2026" for a calendar date (no zone to apply).</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>"14:35".</summary>
    public static string FormatTime(DateTimeOffset instant) => ToLocal(instant).ToString(TimePattern, CultureInfo.InvariantCulture);

    /// <summary>"05/01/2026 14:35".</summary>
    public static string FormatDateTime(DateTimeOffset instant) => ToLocal(instant).ToString(DateTimePattern, CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads "30/04/2026 17:00" typed as Vietnam wall-clock time and returns the instant it names (UTC offset +07:00).
    /// </summary>
    public static bool TryParseDateTime(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)
            || !DateTime.TryParseExact(text.Trim(), DateTimeInputPatterns, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone.GetUtcOffset(local)).ToUniversalTime();
        return true;
    }

    /// <summary>Reads a calendar date typed as "21/04/2026".</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        return !string.IsNullOrWhiteSpace(text)
            && DateOnly.TryParseExact(text.Trim(), DateInputPatterns, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tzdata: Vietnam has kept UTC+7 without daylight saving since 1975.
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(7), ZoneId, ZoneId);
        }
    }
}
