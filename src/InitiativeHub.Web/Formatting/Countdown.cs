using InitiativeHub.Web.Localization;
using Microsoft.Extensions.Localization;

namespace InitiativeHub.Web.Formatting;

/// <summary>How long is left before a deadline, in words: "còn 12 ngày", "còn 5 giờ", "còn 20 phút", "đã hết hạn".</summary>
public static class Countdown
{
    public static string Describe(IStringLocalizer<UiText> text, DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        if (left <= TimeSpan.Zero)
        {
            return text[nameof(UiText.Countdown_Passed)];
        }

        if (left.TotalDays >= 1)
        {
            return text[nameof(UiText.Countdown_Days), (int)left.TotalDays];
        }

        if (left.TotalHours >= 1)
        {
            return text[nameof(UiText.Countdown_Hours), (int)left.TotalHours];
        }

        return text[nameof(UiText.Countdown_Minutes), Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))];
    }
}
