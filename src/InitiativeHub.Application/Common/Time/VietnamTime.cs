using System.Globalization;

namespace InitiativeHub.Application.Common.Time;

/// <summary>Instants as Vietnamese users read them: Asia/Ho_Chi_Minh, dd/MM/yyyy.</summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>"15/05/2026 17:00".</summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant a Vietnam calendar day begins.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>"15/05/2026".</summary>
    public static string FormatDate(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
