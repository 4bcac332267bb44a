using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class ResultCalculatorTests
{
    private static readonly AwardTier First = new(Id(7, 1), "Giải Nhất", AwardForm.Prize, 1, 85);
    private static readonly AwardTier Second = new(Id(7, 2), "Giải Nhì", AwardForm.Prize, 2, 70);
    private static readonly AwardTier Encouragement = new(Id(7, 3), "Giải Khuyến khích", AwardForm.Prize, null, null);

    // Five judges' totals for one entry: 40, 60, 62, 70, 95.
    private static readonly decimal[] FiveTotals = [40, 60, 62, 70, 95];

    [Fact]
    public void Calculate_Mean_AveragesTotalsAndFlagsTheSpread()
    {
        // (40 + 60 + 62 + 70 + 95) / 5 = 327 / 5 = 65.4; spread 95 − 40 = 55 > 20 → disagreement.
        var result = OneEntry(Aggregation.Mean, FiveTotals);
        Assert.Equal(65.4m, result.RawScore);
        Assert.Equal(55m, result.Spread);
        Assert.True(result.Disagreement);
        Assert.Equal(5, result.SheetCount);
    }

    [Fact]
    public void Calculate_TrimmedMean_DropsOneHighestAndOneLowest()
    {
        // Drop 40 and 95: (60 + 62 + 70) / 3 = 192 / 3 = 64.
        Assert.Equal(64m, OneEntry(Aggregation.TrimmedMean, FiveTotals).RawScore);
    }

    [Fact]
    public void Calculate_TrimmedMeanOfTwoSheets_IsThePlainMean()
    {
        // Fewer than three sheets: nothing is dropped, (60 + 70) / 2 = 65.
        Assert.Equal(65m, OneEntry(Aggregation.TrimmedMean, [60, 70]).RawScore);
    }

    [Fact]
    public void Calculate_TrimmedMeanOfThreeSheets_IsTheMiddleOne()
    {
        // 50, 72, 90 → drop 50 and 90 → 72.
        Assert.Equal(72m, OneEntry(Aggregation.TrimmedMean, [90, 50, 72]).RawScore);
    }

    [Fact]
    public void Calculate_MedianOfOddCount_IsTheMiddleValue()
    {
        // Sorted 40, 60, [62], 70, 95.
        Assert.Equal(62m, OneEntry(Aggregation.Median, FiveTotals).RawScore);
    }

    [Fact]
    public void Calculate_MedianOfEvenCount_AveragesTheTwoMiddleValues()
    {
        // Sorted 60, [70, 80], 95 → (70 + 80) / 2 = 75.
        Assert.Equal(75m, OneEntry(Aggregation.Median, [95, 60, 80, 70]).RawScore);
    }

    [Fact]
    public void Calculate_SpreadEqualToThreshold_IsNotDisagreement()
    {
        // 80 − 60 = 20, threshold 20: only a spread above it is flagged; 80.5 − 60 = 20.5 is.
        Assert.False(OneEntry(Aggregation.Mean, [60, 80]).Disagreement);
        Assert.True(OneEntry(Aggregation.Mean, [60, 80.5m]).Disagreement);
    }

    [Fact]
    public void Calculate_NoDisagreementThreshold_NeverFlags()
    {
        var rubric = NewRubric(disagreementThreshold: null);
        var set = ResultCalculator.Calculate(rubric, [], [new(Entry(1), Now)], [Sheet(1, 1, 0), Sheet(1, 2, 100)]);
        Assert.False(set.Entries[0].Disagreement);
    }

    [Fact]
    public void Calculate_RepeatingDecimal_KeepsFullPrecisionAndRoundsOnlyForDisplay()
    {
        // (70 + 70 + 71) / 3 = 70.333…: the result keeps 211/3, the ranking row shows 70.33.
        var set = ResultCalculator.Calculate(NewRubric(), [], [new(Entry(1), Now)], [Sheet(1, 1, 70), Sheet(1, 2, 70), Sheet(1, 3, 71)]);
        Assert.Equal(211m / 3, set.Entries[0].RawScore);
        Assert.Equal(70.33m, set.Ranking[0].Score);
    }

    [Fact]
    public void Display_Midpoint_RoundsHalfAwayFromZero()
    {
        // 82.385 → 82.39 (banker's rounding would give 82.38); precision 0: 82.5 → 83.
        Assert.Equal(82.39m, ResultCalculator.Display(82.385m, NewRubric()));
        Assert.Equal(83m, ResultCalculator.Display(82.5m, NewRubric(precision: 0)));
    }

    [Fact]
    public void Calculate_PassThreshold_IsReachedAtExactlyTheThreshold()
    {
        // Threshold 50: 50 passes, 49.99 does not.
        var set = ResultCalculator.Calculate(NewRubric(), [], [new(Entry(1), Now), new(Entry(2), Now)], [Sheet(1, 1, 50), Sheet(2, 1, 49.99m)]);
        Assert.True(Result(set, 1).Passed);
        Assert.False(Result(set, 2).Passed);
    }

    [Fact]
    public void Calculate_NoPassThreshold_EveryScoredEntryPasses()
    {
        var set = ResultCalculator.Calculate(NewRubric(passThreshold: null), [], [new(Entry(1), Now)], [Sheet(1, 1, 3)]);
        Assert.True(set.Entries[0].Passed);
    }

    [Fact]
    public void Calculate_TwoJudgesFourEntries_NormalizesByZScoreRescaledToTheCampaign()
    {
        // Lenient judge A: 95, 55, 95, 55 → mean 75, population sd √((4 × 20²) / 4) = 20 → z = +1, −1, +1, −1.
        // Harsh judge B:   65, 25, 25, 65 → mean 45, sd 20                            → z = +1, −1, −1, +1.
        // All 8 totals: mean 480 / 8 = 60; squares of deviations 35², 5², 35², 5², 5², 35², 35², 5² = 5000 → sd √625 = 25.
        // Normalized = 60 + z × 25: z = +1 → 85, z = −1 → 35.
        // Entry 1: A 85, B 85 → 85 (raw (95 + 65) / 2 = 80).  Entry 2: 35 (raw 40).
        // Entry 3: A 85, B 35 → 60 (raw 60).                   Entry 4: A 35, B 85 → 60 (raw 60).
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), AbSheets());

        Assert.Equal(60m, set.GlobalMean);
        Assert.Equal(25m, set.GlobalStandardDeviation);
        Assert.Equal("z-score per judge, min 3 sheets", set.NormalizationMethod);
        Assert.Equal((80m, 85m), (Result(set, 1).RawScore, Result(set, 1).NormalizedScore));
        Assert.Equal((40m, 35m), (Result(set, 2).RawScore, Result(set, 2).NormalizedScore));
        Assert.Equal((60m, 60m), (Result(set, 3).RawScore, Result(set, 3).NormalizedScore));
        Assert.Equal((60m, 60m), (Result(set, 4).RawScore, Result(set, 4).NormalizedScore));
        Assert.Equal(
            [new JudgeTotal(Judge(1), 95, 85, true), new JudgeTotal(Judge(2), 65, 85, true)],
            Result(set, 1).JudgeTotals);
        Assert.All(set.Entries, e => Assert.Equal(set.NormalizationMethod, e.NormalizationMethod));
    }

    [Fact]
    public void Calculate_JudgeWithTooFewSheets_IsLeftRaw()
    {
        // Judge C scored only entries 1 and 2 (60 each): fewer than 3 sheets, so C's totals stay 60.
        JudgeScore[] sheets = [.. AbSheets(), Sheet(1, 3, 60), Sheet(2, 3, 60)];
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), sheets);

        var c = Result(set, 1).JudgeTotals.Single(t => t.JudgeId == Judge(3));
        Assert.Equal(new JudgeTotal(Judge(3), 60, 60, false), c);

        // The global scale now counts C's totals too: 10 totals, mean 60, sd √(5000 / 10) = √500 ≈ 22.36 → A's +1 is 82.36.
        var a = Result(set, 1).JudgeTotals.Single(t => t.JudgeId == Judge(1));
        Assert.Equal(82.36m, Math.Round(a.Normalized, 2));
    }

    [Fact]
    public void Calculate_HigherMinimumSheets_LeavesEveryoneRaw()
    {
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), AbSheets(), minimumSheets: 5);
        Assert.Equal("z-score per judge, min 5 sheets", set.NormalizationMethod);
        Assert.All(set.Entries, e => Assert.Equal(e.RawScore, e.NormalizedScore));
        Assert.All(set.Entries.SelectMany(e => e.JudgeTotals), t => Assert.False(t.IsNormalized));
    }

    [Fact]
    public void Calculate_MinimumSheetsBelowTwo_IsRefused() =>
        Assert.Throws<ValidationException>(() => ResultCalculator.Calculate(NewRubric(), [], FourEntries(), AbSheets(), minimumSheets: 1));

    [Fact]
    public void Calculate_JudgeWithoutSpread_MapsToTheGlobalMeanAndOutliersAreClampedToTheScale()
    {
        // A: 0, 0, 0, 80 → mean 20, sd √((3 × 20² + 60²) / 4) = √1200 → z(0) = −1/√3, z(80) = +√3.
        // B: 100 × 4 → sd 0 → z = 0.
        // All totals: mean 480 / 8 = 60; deviations −60 ×3, 20, 40 ×4 → (10800 + 400 + 6400) / 8 = 2200 → sd √2200 ≈ 46.904.
        // A, entry 4: 60 + √3 × 46.904 ≈ 141.24 → clamped to the maximum 100.  A, entry 1: 60 − 46.904 / √3 ≈ 32.9199.
        // B: 60 + 0 = 60 everywhere.  Entry 4 normalized = (100 + 60) / 2 = 80 (raw (80 + 100) / 2 = 90).
        JudgeScore[] sheets =
        [
            Sheet(1, 1, 0), Sheet(2, 1, 0), Sheet(3, 1, 0), Sheet(4, 1, 80),
            Sheet(1, 2, 100), Sheet(2, 2, 100), Sheet(3, 2, 100), Sheet(4, 2, 100),
        ];
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), sheets);

        var e4 = Result(set, 4);
        Assert.Equal(100m, e4.JudgeTotals.Single(t => t.JudgeId == Judge(1)).Normalized);
        Assert.Equal(60m, e4.JudgeTotals.Single(t => t.JudgeId == Judge(2)).Normalized);
        Assert.Equal((90m, 80m), (e4.RawScore, e4.NormalizedScore));
        Assert.Equal(32.919872m, Math.Round(Result(set, 1).JudgeTotals.Single(t => t.JudgeId == Judge(1)).Normalized, 6));
        Assert.Equal(32.92m, ResultCalculator.Display(Result(set, 1).JudgeTotals[0].Normalized, NewRubric()));
    }

    [Fact]
    public void Calculate_OutlierBelow_IsClampedToZero()
    {
        // Mirror image: A 100, 100, 100, 20; B 0 × 4 → mean 40, sd √2200; A, entry 4: 40 − √3 × 46.904 ≈ −41.24 → 0.
        JudgeScore[] sheets =
        [
            Sheet(1, 1, 100), Sheet(2, 1, 100), Sheet(3, 1, 100), Sheet(4, 1, 20),
            Sheet(1, 2, 0), Sheet(2, 2, 0), Sheet(3, 2, 0), Sheet(4, 2, 0),
        ];
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), sheets);
        Assert.Equal(0m, Result(set, 4).JudgeTotals.Single(t => t.JudgeId == Judge(1)).Normalized);
    }

    [Fact]
    public void Calculate_RankingByRawScore_NormalizedShownBeside()
    {
        // Entries 3 and 4 tie on raw 60 (and normalized 60); entry 1 (raw 80, normalized 85) leads; entry 2 is last.
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), AbSheets());
        Assert.Equal([Entry(1), Entry(3), Entry(4), Entry(2)], set.Ranking.Select(r => r.EntryId));
        Assert.Equal([80m, 60m, 60m, 40m], set.Ranking.Select(r => r.Score));
        Assert.Equal([85m, 60m, 60m, 35m], set.Ranking.Select(r => r.NormalizedScore));
    }

    [Fact]
    public void Calculate_TieBreakChain_AppliesEveryStepInOrder()
    {
        // Totals = 1.5 × novelty + effect + 0.5 × scope; chain NOVELTY, EFFECT, then submission time, then id.
        // E1: 30/30/10 = 45 + 30 + 5  = 80   → first.
        // E2: 28/23/20 = 42 + 23 + 10 = 75   → below E1 on score.
        // E3: 25/35/5  = 37.5 + 35 + 2.5 = 75 → below E2 on NOVELTY (25 < 28).
        // E5: 25/30/15 = 37.5 + 30 + 7.5 = 75, submitted 08:00 → below E3 on EFFECT (30 < 35).
        // E4: same points, submitted 09:00  → below E5 on submission time.
        // E6: same points, submitted 09:00  → below E4 on entry id.
        var early = Now.AddHours(-1);
        ResultEntry[] entries =
        [
            new(Entry(4), Now), new(Entry(6), Now), new(Entry(2), Now), new(Entry(1), Now), new(Entry(5), early), new(Entry(3), Now),
        ];
        JudgeScore[] sheets =
        [
            Sheet(1, 1, 30, 30, 10), Sheet(2, 1, 28, 23, 20), Sheet(3, 1, 25, 35, 5),
            Sheet(4, 1, 25, 30, 15), Sheet(5, 1, 25, 30, 15), Sheet(6, 1, 25, 30, 15),
        ];

        var set = ResultCalculator.Calculate(NewRubric(), [], entries, sheets);

        Assert.Equal([Entry(1), Entry(2), Entry(3), Entry(5), Entry(4), Entry(6)], set.Ranking.Select(r => r.EntryId));
        Assert.Equal([1, 2, 3, 4, 5, 6], set.Ranking.Select(r => r.Rank));
        Assert.Equal(
            [null, TieBreakStep.Score, TieBreakStep.Criterion, TieBreakStep.Criterion, TieBreakStep.SubmissionTime, TieBreakStep.EntryId],
            set.Ranking.Select(r => r.DecidedBy));
        Assert.Equal([null, null, "NOVELTY", "EFFECT", null, null], set.Ranking.Select(r => r.DecidingCriterion));
    }

    [Fact]
    public void Calculate_TieBreakOnCriterion_UsesPointsAggregatedLikeTotals()
    {
        // Every sheet totals 75. E1 novelty 20 and 30 → mean 25; E2 novelty 26 and 24 → mean 25: still tied.
        // Effect: E1 (40 + 25) / 2 = 32.5 vs E2 (30 + 32) / 2 = 31 → E1 first, decided by EFFECT.
        // (Scope fills each total to 75: 30 + 40 + 5, 45 + 25 + 5, 39 + 30 + 6, 36 + 32 + 7.)
        JudgeScore[] balanced =
        [
            Sheet(1, 1, 20, 40, 10), Sheet(1, 2, 30, 25, 10),
            Sheet(2, 1, 26, 30, 12), Sheet(2, 2, 24, 32, 14),
        ];
        var set = ResultCalculator.Calculate(NewRubric(), [], [new(Entry(2), Now), new(Entry(1), Now)], balanced);
        Assert.Equal([Entry(1), Entry(2)], set.Ranking.Select(r => r.EntryId));
        Assert.Equal("EFFECT", set.Ranking[1].DecidingCriterion);
        Assert.Equal(25m, Result(set, 1).CriterionPoints["NOVELTY"]);
        Assert.Equal(32.5m, Result(set, 1).CriterionPoints["EFFECT"]);
    }

    [Fact]
    public void Calculate_TieBreakOnSubmissionTime_AnEntryWithoutATimeGoesAfterOneWithIt()
    {
        // Same points everywhere (25/30/15 → 75): E2 has a submission time, E1 has none → E2 first, on submission time,
        // although E1's id is smaller.
        ResultEntry[] entries = [new(Entry(1), null), new(Entry(2), Now)];
        JudgeScore[] sheets = [Sheet(1, 1, 25, 30, 15), Sheet(2, 1, 25, 30, 15)];

        var set = ResultCalculator.Calculate(NewRubric(), [], entries, sheets);

        Assert.Equal([Entry(2), Entry(1)], set.Ranking.Select(r => r.EntryId));
        Assert.Equal(TieBreakStep.SubmissionTime, set.Ranking[1].DecidedBy);
    }

    [Theory]
    [InlineData(Aggregation.Mean, 53.333333, 52.182640)]
    [InlineData(Aggregation.Median, 40, 36.547921)]
    [InlineData(Aggregation.TrimmedMean, 40, 36.547921)]
    public void Calculate_ThreeJudges_AggregatesNormalizedTotalsTheSameWayAsRawOnes(Aggregation aggregation, double raw, double normalized)
    {
        // Each judge's totals are their mean ± 20, so every z is ±1:
        //   A 95, 55, 95, 55 (mean 75)   B 65, 25, 25, 65 (mean 45)   C 80, 80, 40, 40 (mean 60).
        // All 12 totals: mean 720 / 12 = 60; squared deviations A 2500, B 2500, C 4 × 20² = 1600 → variance 6600 / 12
        // = 550, S = √550 = 23.452079. Rescaled: z +1 → 83.452079, z −1 → 36.547921.
        // Entry 3: A 95 (+1), B 25 (−1), C 40 (−1).
        //   MEAN          raw (95 + 25 + 40) / 3 = 53.333333   normalized (83.452079 + 2 × 36.547921) / 3 = 52.182640
        //   MEDIAN        raw 40                               normalized 36.547921
        //   TRIMMED_MEAN  raw drop 95 and 25 → 40              normalized drop 83.45 and one 36.55 → 36.547921
        JudgeScore[] sheets = [.. AbSheets(), Sheet(1, 3, 80), Sheet(2, 3, 80), Sheet(3, 3, 40), Sheet(4, 3, 40)];

        var set = ResultCalculator.Calculate(NewRubric(aggregation), [], FourEntries(), sheets);

        var entry3 = Result(set, 3);
        Assert.Equal((decimal)raw, Math.Round(entry3.RawScore!.Value, 6));
        Assert.Equal((decimal)normalized, Math.Round(entry3.NormalizedScore!.Value, 6));
        Assert.Equal(70m, entry3.Spread); // 95 − 25, whatever the aggregation
    }

    [Fact]
    public void Calculate_RandomSheets_RankingFollowsTheChainTiersGoDownTheRankingAndInputOrderIsIrrelevant()
    {
        // Seeded random campaigns (the seed is the iteration): up to 12 entries, up to 5 judges, points in steps of 5 so
        // that ties on the total and on criteria are frequent. Each property is a rule of the rubric stated directly.
        var tiers = new[] { First, Second with { Quota = 3 }, Encouragement };
        string[] chain = ["NOVELTY", "EFFECT"];
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var count = random.Next(1, 13);
            var entries = Enumerable.Range(1, count).Select(i => new ResultEntry(Entry(i), random.Next(4) == 0 ? null : Now.AddMinutes(random.Next(3)))).ToList();
            var sheets = new List<JudgeScore>();
            for (var entry = 1; entry <= count; entry++)
            {
                for (var judge = 1; judge <= 5; judge++)
                {
                    if (random.Next(3) > 0)
                    {
                        sheets.Add(Sheet(entry, judge, random.Next(7) * 5, random.Next(9) * 5, random.Next(7) * 5));
                    }
                }
            }

            var set = ResultCalculator.Calculate(NewRubric(), tiers, entries, sheets);
            var shuffled = ResultCalculator.Calculate(NewRubric(), tiers, [.. entries.OrderBy(_ => random.Next())], [.. sheets.OrderBy(_ => random.Next())]);

            Assert.Equal(set.Ranking, shuffled.Ranking);
            var ranked = set.Ranking.Select(r => set.Entries.Single(e => e.EntryId == r.EntryId)).ToList();
            var time = entries.ToDictionary(e => e.EntryId, e => e.SubmittedAt ?? DateTimeOffset.MaxValue);
            Assert.Equal(entries.Count(e => sheets.Any(s => s.EntryId == e.EntryId)), ranked.Count);
            Assert.Equal(Enumerable.Range(1, ranked.Count), set.Ranking.Select(r => r.Rank));
            for (var i = 1; i < ranked.Count; i++)
            {
                var (above, below, row) = (ranked[i - 1], ranked[i], set.Ranking[i]);
                var where = $"seed {seed}, rank {i + 1}";
                Assert.True(above.RawScore >= below.RawScore, where);
                var firstDifferent = chain.FirstOrDefault(c => above.CriterionPoints[c] != below.CriterionPoints[c]);
                var expected = above.RawScore != below.RawScore ? TieBreakStep.Score
                    : firstDifferent is not null ? TieBreakStep.Criterion
                    : time[above.EntryId] != time[below.EntryId] ? TieBreakStep.SubmissionTime
                    : TieBreakStep.EntryId;
                Assert.True(expected == row.DecidedBy, $"{where}: {row.DecidedBy} instead of {expected}");
                switch (expected)
                {
                    case TieBreakStep.Criterion:
                        Assert.Equal(firstDifferent, row.DecidingCriterion);
                        Assert.True(above.CriterionPoints[firstDifferent!] > below.CriterionPoints[firstDifferent!], where);
                        break;
                    case TieBreakStep.SubmissionTime:
                        Assert.True(time[above.EntryId] < time[below.EntryId], where);
                        break;
                    case TieBreakStep.EntryId:
                        Assert.True(above.EntryId.CompareTo(below.EntryId) < 0, where);
                        break;
                }
            }

            Assert.All(ranked, e =>
            {
                Assert.InRange(e.NormalizedScore!.Value, 0m, 100m);
                Assert.Equal(e.RawScore >= 50, e.Passed);
            });

            // Each tier, in order, goes to the best-ranked passing entries at or above its minimum that no earlier tier
            // took, up to its quota.
            var taken = new HashSet<Guid>();
            foreach (var tier in tiers)
            {
                var eligible = ranked.Where(e => e.Passed && e.RawScore >= (tier.MinimumScore ?? 0) && !taken.Contains(e.EntryId)).Select(e => e.EntryId);
                var holders = ranked.Where(e => e.RecommendedTierId == tier.Id).Select(e => e.EntryId).ToList();
                Assert.Equal(eligible.Take(tier.Quota ?? int.MaxValue), holders);
                taken.UnionWith(holders);
            }

            Assert.All(ranked.Where(e => !taken.Contains(e.EntryId)), e => Assert.Null(e.RecommendedTierId));
        }
    }

    [Fact]
    public void Calculate_TiersByOrderQuotaAndMinimum_RecommendsTheBestPassingEntries()
    {
        // Raw 90, 88, 80, 72, 65, 40 with pass 50. First (1, ≥ 85): 90. Second (2, ≥ 70): 88, 80.
        // Encouragement (no quota, no minimum): 72, 65. 40 fails the pass threshold → no tier.
        var set = Ranked([90, 88, 80, 72, 65, 40], [First, Second, Encouragement]);
        Assert.Equal(
            [First.Id, Second.Id, Second.Id, Encouragement.Id, Encouragement.Id, null],
            set.Ranking.Select(r => r.RecommendedTierId));
        Assert.Equal(set.Ranking.Select(r => r.RecommendedTierId), set.Entries.Select(e => e.RecommendedTierId));
    }

    [Fact]
    public void Calculate_TopEntryBelowTheFirstTiersMinimum_FirstTierStaysEmpty()
    {
        // First needs 95: nobody. Second (quota 1 here, ≥ 80): 90. 85 is over the minimum but the quota is used up.
        var strictFirst = First with { MinimumScore = 95 };
        var oneSecond = Second with { Quota = 1, MinimumScore = 80 };
        var set = Ranked([90, 85, 70], [strictFirst, oneSecond]);
        Assert.Equal([oneSecond.Id, null, null], set.Ranking.Select(r => r.RecommendedTierId));
    }

    [Fact]
    public void Calculate_TierWithQuotaZero_GetsNobody()
    {
        var set = Ranked([99, 98], [First with { Quota = 0 }, Encouragement]);
        Assert.Equal([Encouragement.Id, Encouragement.Id], set.Ranking.Select(r => r.RecommendedTierId));
    }

    [Fact]
    public void Calculate_EntryWithoutSheets_IsListedAfterTheRankedAndUnranked()
    {
        var set = ResultCalculator.Calculate(NewRubric(), [First], [new(Entry(1), Now), new(Entry(2), Now)], [Sheet(2, 1, 90)]);
        Assert.Equal([Entry(2), Entry(1)], set.Entries.Select(e => e.EntryId));
        var unscored = set.Entries[1];
        Assert.Equal((0, null, null, false, (Guid?)null), (unscored.SheetCount, unscored.RawScore, unscored.Rank, unscored.Passed, unscored.RecommendedTierId));
        Assert.Single(set.Ranking);
    }

    [Fact]
    public void Calculate_SheetsOfEntriesNotInJudging_AreLeftOutOfTheStatistics()
    {
        // Entry 9 was disqualified after scoring: its 0 must not drag the campaign mean (60) or any judge's mean.
        JudgeScore[] sheets = [.. AbSheets(), Sheet(9, 1, 0), Sheet(9, 2, 0)];
        var set = ResultCalculator.Calculate(NewRubric(), [], FourEntries(), sheets);
        Assert.Equal(60m, set.GlobalMean);
        Assert.Equal(85m, Result(set, 1).NormalizedScore);
        Assert.DoesNotContain(set.Entries, e => e.EntryId == Entry(9));
    }

    [Fact]
    public void Calculate_TwoSheetsOfOneJudgeForOneEntry_IsRefused() =>
        Assert.Throws<ValidationException>(() =>
            ResultCalculator.Calculate(NewRubric(), [], [new(Entry(1), Now)], [Sheet(1, 1, 50), Sheet(1, 1, 60)]));

    [Fact]
    public void Calculate_FromSubmittedScoreSheets_UsesTheirWeightedTotals()
    {
        // Judge 1: 27.25/31.5/20 = 82.375; judge 2: 20/30/20 = 70 → mean 76.1875 → shown 76.19.
        var rubric = NewRubric();
        var panel = NewPanel(1, Judges(1, 2));
        var sheets = new[] { (Judge(1), Scores(27.25m, 31.5m, 20)), (Judge(2), Scores(20, 30, 20)) }.Select(x =>
        {
            var sheet = ScoreSheet.Start(Guid.NewGuid(), new Assignment(Entry(1), x.Item1, panel.Id), x.Item1, JudgingPhase, Now);
            sheet.Submit(rubric, x.Item2, null, x.Item1, JudgingPhase, Now);
            return sheet.ToJudgeScore();
        }).ToList();

        var set = ResultCalculator.Calculate(rubric, [], [new(Entry(1), Now)], sheets);
        Assert.Equal(76.1875m, set.Entries[0].RawScore);
        Assert.Equal(76.19m, set.Ranking[0].Score);
        Assert.Equal(12.375m, set.Entries[0].Spread);
        Assert.Equal(12.38m, set.Ranking[0].Spread); // display value, rounded half away from zero
    }

    private static ResultEntry[] FourEntries() => [.. Enumerable.Range(1, 4).Select(i => new ResultEntry(Entry(i), Now))];

    private static JudgeScore[] AbSheets() =>
    [
        Sheet(1, 1, 95), Sheet(2, 1, 55), Sheet(3, 1, 95), Sheet(4, 1, 55),
        Sheet(1, 2, 65), Sheet(2, 2, 25), Sheet(3, 2, 25), Sheet(4, 2, 65),
    ];

    private static EntryResult OneEntry(Aggregation aggregation, decimal[] totals) =>
        ResultCalculator.Calculate(
            NewRubric(aggregation),
            [],
            [new(Entry(1), Now)],
            totals.Select((t, i) => Sheet(1, i + 1, t)).ToList()).Entries[0];

    private static ResultSet Ranked(decimal[] totals, IReadOnlyList<AwardTier> tiers) =>
        ResultCalculator.Calculate(
            NewRubric(),
            tiers,
            totals.Select((_, i) => new ResultEntry(Entry(i + 1), Now)).ToList(),
            totals.Select((t, i) => Sheet(i + 1, 1, t)).ToList());

    private static EntryResult Result(ResultSet set, int entry) => set.Entries.Single(e => e.EntryId == Entry(entry));

    private static JudgeScore Sheet(int entry, int judge, decimal total) =>
        new(Entry(entry), Judge(judge), total, new Dictionary<string, decimal>());

    private static JudgeScore Sheet(int entry, int judge, decimal novelty, decimal effect, decimal scope) =>
        new(Entry(entry), Judge(judge), (novelty * 1.5m) + effect + (scope * 0.5m), new Dictionary<string, decimal>
        {
            ["NOVELTY"] = novelty,
            ["EFFECT"] = effect,
            ["SCOPE"] = scope,
        });
}
