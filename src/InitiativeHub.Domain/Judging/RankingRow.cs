namespace InitiativeHub.Domain.Judging;

/// <summary>
/// One row of the live ranking, with display values rounded to the rubric's precision (half away from zero). The
/// ranking is by the raw score; the normalized score is shown beside it. <see cref="DecidedBy"/> says what put the
/// row below the previous one (null for the first row).
/// </summary>
public sealed record RankingRow(
    int Rank,
    Guid EntryId,
    decimal Score,
    decimal NormalizedScore,
    decimal Spread,
    bool Disagreement,
    int SheetCount,
    bool Passed,
    Guid? RecommendedTierId,
    TieBreakStep? DecidedBy,
    string? DecidingCriterion);
