using System.Globalization;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Awards;

/// <summary>
/// The date an award decision bears ("…, ngày 05 tháng 01 năm 2026"), which is the signing date the leader gives, not
/// the moment the platform recorded it: a decision signed on paper yesterday is entered today.
/// </summary>
public static class DecisionDate
{
    public const string Field = "decisionDate";

    /// <summary>
    /// The date to record: <paramref name="chosen"/>, or <paramref name="today"/> (Vietnam calendar) when none was given.
    /// A decision is not dated after today nor before the campaign opened (it decides on that campaign's results); either
    /// is a VALIDATION error on <c>decisionDate</c>.
    /// </summary>
    public static DateOnly Resolve(DateOnly? chosen, DateOnly today, DateOnly campaignOpenedOn)
    {
        var date = chosen ?? today;
        if (date > today)
        {
            throw new ValidationException($"Ngày quyết định không được sau hôm nay ({Format(today)}).", Field);
        }

        if (date < campaignOpenedOn)
        {
            throw new ValidationException($"Ngày quyết định không được trước ngày phong trào mở ({Format(campaignOpenedOn)}).", Field);
        }

        return date;
    }

    private static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
