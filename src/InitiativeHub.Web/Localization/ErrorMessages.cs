using System.Globalization;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Web.Localization;

/// <summary>
/// What a page says about a refused use case. In Vietnamese, the rule's own message (it names the specifics: which
/// criterion, which unit, how many awards wait); in another language, the UI text of its error code, since the rules
/// speak Vietnamese only. Every code has a text in both languages (<see cref="KeyOf"/>), so none reaches a reader bare.
/// </summary>
public static class ErrorMessages
{
    /// <summary>The UI text key of an error code: "ErrorCode_CAMPAIGN_FIELD_LOCKED".</summary>
    public static string KeyOf(string code) => $"ErrorCode_{code}";

    /// <summary>The message to show for <paramref name="exception"/> in the current UI language.</summary>
    public static string Describe(DomainException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var culture = CultureInfo.CurrentUICulture;
        var vietnamese = culture.TwoLetterISOLanguageName == UiCultures.Default.TwoLetterISOLanguageName;
        if (vietnamese && !string.IsNullOrWhiteSpace(exception.Message))
        {
            return exception.Message;
        }

        return UiText.ResourceManager.GetString(KeyOf(exception.Code), culture) is { Length: > 0 } text ? text : exception.Message;
    }
}
