using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// Turns submitted sheets into results: aggregation per the rubric, spread and disagreement flag, per-judge
/// normalization shown beside the raw score, pass, ranking with the declared tie-break chain, recommended tiers.
/// All arithmetic is decimal and unrounded; only <see cref="RankingRow"/> values are rounded, for display.
/// Only sheets of the given entries count, so an entry taken out of judging leaves the statistics too.
/// </summary>
public static class ResultCalculator
{
    public const int DefaultMinimumSheets = 3;

    /// <summary>The method label recorded with every result (a frozen description of how normalization was done).</summary>
    public static string MethodFor(int minimumSheets) => $"z-score per judge, min {minimumSheets} sheets";

    public static ResultSet Calculate(
        Rubric rubric,
        IReadOnlyList<AwardTier> tiers,
        IReadOnlyCollection<ResultEntry> entries,
        IReadOnlyCollection<JudgeScore> scores,
        int minimumSheets = DefaultMinimumSheets)
    {
        if (minimumSheets < 2)
        {
            throw new ValidationException("Số phiếu tối thiểu để chuẩn hoá điểm của một giám khảo phải từ 2 trở lên.", "minimumSheets");
        }

        var method = MethodFor(minimumSheets);
        var entryById = entries.DistinctBy(e => e.EntryId).ToDictionary(e => e.EntryId);
        var counted = scores.Where(s => entryById.ContainsKey(s.EntryId)).ToList();
        if (counted.DistinctBy(s => (s.EntryId, s.JudgeId)).Count() != counted.Count)
        {
            throw new ValidationException("Một giám khảo chỉ có một phiếu chấm cho mỗi hồ sơ.", "scores");
        }

        var (normalized, globalMean, globalSd) = Normalize(rubric, counted, minimumSheets);
        // Grouped once: filtering every sheet for every entry was quadratic in the campaign's size.
        var sheetsByEntry = counted.ToLookup(s => s.EntryId);
        var results = entryById.Values
            .Select(entry => Score(rubric, entry.EntryId, [.. sheetsByEntry[entry.EntryId]], normalized, method))
            .ToList();

        var ranked = Rank(rubric, results.Where(r => r.RawScore is not null).ToList(), entryById);
        var withTiers = RecommendTiers(tiers, ranked);
        var unscored = results.Where(r => r.RawScore is null).OrderBy(r => r.EntryId);
        var all = withTiers.Concat(unscored).ToList();
        var rows = withTiers.Select(r => new RankingRow(
                r.Rank!.Value,
                r.EntryId,
                Display(r.RawScore!.Value, rubric),
                Display(r.NormalizedScore!.Value, rubric),
                Display(r.Spread!.Value, rubric),
                r.Disagreement,
                r.SheetCount,
                r.Passed,
                r.RecommendedTierId,
                r.DecidedBy,
                r.DecidingCriterion))
            .ToList();
        return new ResultSet(all, rows, method, minimumSheets, globalMean, globalSd);
    }

    /// <summary>The one place values are rounded: to the rubric's precision, half away from zero (the usual "làm tròn").</summary>
    public static decimal Display(decimal value, Rubric rubric) => Math.Round(value, rubric.Precision, MidpointRounding.AwayFromZero);

    /// <summary>
    /// z = (x − judge mean) / judge sd for judges with enough sheets (sd 0 → z = 0), rescaled with the mean and sd of
    /// all raw totals so numbers stay on the rubric's scale, clamped to [0, MaxTotal]. Others keep their raw totals.
    /// </summary>
    private static (Dictionary<(Guid Entry, Guid Judge), JudgeTotal> Totals, decimal Mean, decimal Sd) Normalize(
        Rubric rubric, List<JudgeScore> scores, int minimumSheets)
    {
        var totals = new Dictionary<(Guid Entry, Guid Judge), JudgeTotal>();
        if (scores.Count == 0)
        {
            return (totals, 0, 0);
        }

        var all = scores.Select(s => s.Total).ToList();
        var globalMean = ScoreMath.Mean(all);
        var globalSd = ScoreMath.PopulationStandardDeviation(all);
        foreach (var judgeSheets in scores.GroupBy(s => s.JudgeId))
        {
            var sheets = judgeSheets.ToList();
            if (sheets.Count < minimumSheets)
            {
                foreach (var sheet in sheets)
                {
                    totals[(sheet.EntryId, sheet.JudgeId)] = new JudgeTotal(sheet.JudgeId, sheet.Total, sheet.Total, false);
                }

                continue;
            }

            var values = sheets.Select(s => s.Total).ToList();
            var mean = ScoreMath.Mean(values);
            var sd = ScoreMath.PopulationStandardDeviation(values);
            foreach (var sheet in sheets)
            {
                var z = sd == 0 ? 0 : (sheet.Total - mean) / sd;
                var rescaled = ScoreMath.Clamp(globalMean + (z * globalSd), 0, rubric.MaxTotal);
                totals[(sheet.EntryId, sheet.JudgeId)] = new JudgeTotal(sheet.JudgeId, sheet.Total, rescaled, true);
            }
        }

        return (totals, globalMean, globalSd);
    }

    private static EntryResult Score(
        Rubric rubric, Guid entryId, List<JudgeScore> sheets, Dictionary<(Guid Entry, Guid Judge), JudgeTotal> normalized, string method)
    {
        if (sheets.Count == 0)
        {
            return new EntryResult(entryId, 0, null, null, null, false, false, new Dictionary<string, decimal>(), [], method, null, null, null, null);
        }

        var raw = sheets.Select(s => s.Total).ToList();
        var judgeTotals = sheets.OrderBy(s => s.JudgeId).Select(s => normalized[(s.EntryId, s.JudgeId)]).ToList();
        var spread = raw.Max() - raw.Min();
        var rawScore = ScoreMath.Aggregate(raw, rubric.Aggregation);

        // Tie-breaks compare criteria aggregated the same way as totals.
        var criterionPoints = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var criterion in rubric.Criteria)
        {
            var points = sheets.Where(s => s.Points.ContainsKey(criterion.Code)).Select(s => s.Points[criterion.Code]).ToList();
            if (points.Count > 0)
            {
                criterionPoints[criterion.Code] = ScoreMath.Aggregate(points, rubric.Aggregation);
            }
        }

        return new EntryResult(
            entryId,
            sheets.Count,
            rawScore,
            ScoreMath.Aggregate(judgeTotals.Select(t => t.Normalized).ToList(), rubric.Aggregation),
            spread,
            rubric.DisagreementThreshold is { } threshold && spread > threshold,
            rubric.PassThreshold is not { } pass || rawScore >= pass,
            criterionPoints,
            judgeTotals,
            method,
            null,
            null,
            null,
            null);
    }

    /// <summary>Raw score descending, then each tie-break criterion descending, then earlier submission, then entry id.</summary>
    private static List<EntryResult> Rank(Rubric rubric, List<EntryResult> scored, Dictionary<Guid, ResultEntry> entries)
    {
        var sorted = scored.ToList();
        sorted.Sort((a, b) => Compare(rubric, a, b, entries).Order);
        var ranked = new List<EntryResult>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var (_, step, criterion) = i == 0 ? (0, (TieBreakStep?)null, (string?)null) : Compare(rubric, sorted[i - 1], sorted[i], entries);
            ranked.Add(sorted[i] with { Rank = i + 1, DecidedBy = step, DecidingCriterion = criterion });
        }

        return ranked;
    }

    private static (int Order, TieBreakStep? Step, string? Criterion) Compare(Rubric rubric, EntryResult a, EntryResult b, Dictionary<Guid, ResultEntry> entries)
    {
        var byScore = b.RawScore!.Value.CompareTo(a.RawScore!.Value);
        if (byScore != 0)
        {
            return (byScore, TieBreakStep.Score, null);
        }

        foreach (var code in rubric.TieBreak)
        {
            var byCriterion = b.CriterionPoints.GetValueOrDefault(code).CompareTo(a.CriterionPoints.GetValueOrDefault(code));
            if (byCriterion != 0)
            {
                return (byCriterion, TieBreakStep.Criterion, code);
            }
        }

        // Earlier submission first; an entry without a known time goes after those with one.
        var aTime = entries[a.EntryId].SubmittedAt ?? DateTimeOffset.MaxValue;
        var bTime = entries[b.EntryId].SubmittedAt ?? DateTimeOffset.MaxValue;
        var byTime = aTime.CompareTo(bTime);
        if (byTime != 0)
        {
            return (byTime, TieBreakStep.SubmissionTime, null);
        }

        return (a.EntryId.CompareTo(b.EntryId), TieBreakStep.EntryId, null);
    }

    /// <summary>Tiers in order, each taking up to its quota of the best-ranked passing entries at or above its minimum.</summary>
    private static List<EntryResult> RecommendTiers(IReadOnlyList<AwardTier> tiers, List<EntryResult> ranked)
    {
        var tierOf = new Dictionary<Guid, Guid>();
        foreach (var tier in tiers)
        {
            var quota = tier.Quota ?? int.MaxValue;
            var given = 0;
            foreach (var result in ranked)
            {
                if (given >= quota)
                {
                    break;
                }

                if (tierOf.ContainsKey(result.EntryId) || !result.Passed || (tier.MinimumScore is { } minimum && result.RawScore < minimum))
                {
                    continue;
                }

                tierOf[result.EntryId] = tier.Id;
                given++;
            }
        }

        return ranked.Select(r => r with { RecommendedTierId = tierOf.TryGetValue(r.EntryId, out var tierId) ? tierId : null }).ToList();
    }
}
