namespace InitiativeHub.Domain.Judging;

/// <summary>
/// The results of a campaign: every entry (ranked ones first, in rank order, then those without sheets), the ranking
/// rows for display, and the normalization method and campaign-wide statistics it used.
/// </summary>
public sealed record ResultSet(
    IReadOnlyList<EntryResult> Entries,
    IReadOnlyList<RankingRow> Ranking,
    string NormalizationMethod,
    int MinimumSheetsForNormalization,
    decimal GlobalMean,
    decimal GlobalStandardDeviation);
