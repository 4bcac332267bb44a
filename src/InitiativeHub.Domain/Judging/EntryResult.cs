namespace InitiativeHub.Domain.Judging;

/// <summary>
/// The scoring outcome of one entry. Scores are unrounded (round only for display, see <see cref="RankingRow"/>);
/// score fields are null and <see cref="Rank"/> is null while the entry has no submitted sheet.
/// </summary>
public sealed record EntryResult(
    Guid EntryId,
    int SheetCount,
    decimal? RawScore,
    decimal? NormalizedScore,
    decimal? Spread,
    bool Disagreement,
    bool Passed,
    IReadOnlyDictionary<string, decimal> CriterionPoints,
    IReadOnlyList<JudgeTotal> JudgeTotals,
    string NormalizationMethod,
    int? Rank,
    TieBreakStep? DecidedBy,
    string? DecidingCriterion,
    Guid? RecommendedTierId);
