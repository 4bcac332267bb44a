using System.Globalization;

namespace InitiativeHub.Web.Localization;

/// <summary>The languages of the UI: Vietnamese (the default) and English, chosen by the language cookie.</summary>
public static class UiCultures
{
    public const string Vietnamese = "vi-VN";

    /// <summary>British English: its own dates already read dd/MM/yyyy, like the Vietnamese ones.</summary>
    public const string English = "en-GB";

    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo(Vietnamese);

    public static IReadOnlyList<CultureInfo> Supported { get; } = [Default, CultureInfo.GetCultureInfo(English)];

    /// <summary>The supported culture named by a code such as <c>en</c>, <c>en-GB</c> or <c>vi</c>; null otherwise.</summary>
    public static CultureInfo? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        return Supported.FirstOrDefault(culture => string.Equals(culture.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? Supported.FirstOrDefault(culture => string.Equals(culture.TwoLetterISOLanguageName, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
