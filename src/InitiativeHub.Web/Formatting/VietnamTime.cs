using System.Globalization;

namespace InitiativeHub.Web.Formatting;

/// <summary>
/// Shows instants as people in Vietnam read them, whatever the server's zone or the UI language: Asia/Ho_Chi_Minh
/// time, dates dd/MM/yyyy, 24-hour clock.
/// </summary>
public static class VietnamTime
{
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    public const string DatePattern = "dd/MM/yyyy";

    public const string TimePattern = "HH:mm";

    public const string DateTimePattern = "HH:mm dd/MM/yyyy";

    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"05/01/2026".</summary>
    public static string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>"05/01/2026" for a calendar date (no zone to apply).</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DatePattern, CultureInfo.InvariantCulture);

    /// <summary>"14:35".</summary>
    public static string FormatTime(DateTimeOffset instant) => ToLocal(instant).ToString(TimePattern, CultureInfo.InvariantCulture);

    /// <summary>"14:35 05/01/2026".</summary>
    public static string FormatDateTime(DateTimeOffset instant) => ToLocal(instant).ToString(DateTimePattern, CultureInfo.InvariantCulture);

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
