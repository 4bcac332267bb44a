using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// The stored result of one entry in judging, as the campaign's judging grain last computed it: scores rounded for
/// display to the rubric's precision (the ranking itself was decided on unrounded values), null while no sheet is in.
/// </summary>
[GenerateSerializer, Alias("ih.entry-result")]
public sealed class EntryResultRecord
{
    /// <summary>Rank numbers are padded to this many digits in <see cref="ScoreSortKey"/>.</summary>
    public const int RankDigits = 6;

    [Id(0)]
    public Guid EntryId { get; set; }

    [Id(1)]
    public Guid CampaignId { get; set; }

    [Id(2)]
    public Guid CategoryId { get; set; }

    [Id(3)]
    public int JudgeCount { get; set; }

    [Id(4)]
    public decimal? RawScore { get; set; }

    [Id(5)]
    public decimal? NormalizedScore { get; set; }

    [Id(6)]
    public decimal? Spread { get; set; }

    [Id(7)]
    public bool Disagreement { get; set; }

    [Id(8)]
    public bool Passed { get; set; }

    /// <summary>Rank in the campaign's ranking; null while unscored.</summary>
    [Id(9)]
    public int? Rank { get; set; }

    [Id(10)]
    public Guid? TierId { get; set; }

    [Id(11)]
    public TieBreakStep? DecidedBy { get; set; }

    [Id(12)]
    public string? DecidingCriterion { get; set; }

    /// <summary>How the normalized score was computed (recorded with every result).</summary>
    [Id(13)]
    public string NormalizationMethod { get; set; } = string.Empty;

    [Id(14)]
    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Keyset order of "best first": the padded rank, then the entry id; unscored entries sort after all ranked ones.</summary>
    [Id(15)]
    public string ScoreSortKey { get; set; } = string.Empty;

    /// <summary>Records for every entry of a computed result set, rounded for display.</summary>
    public static IReadOnlyList<EntryResultRecord> From(
        Guid campaignId, Rubric rubric, ResultSet results, IReadOnlyDictionary<Guid, Guid> categoryOfEntry, DateTimeOffset now) =>
        results.Entries.Select(r => new EntryResultRecord
        {
            EntryId = r.EntryId,
            CampaignId = campaignId,
            CategoryId = categoryOfEntry[r.EntryId],
            JudgeCount = r.SheetCount,
            RawScore = r.RawScore is { } raw ? ResultCalculator.Display(raw, rubric) : null,
            NormalizedScore = r.NormalizedScore is { } normalized ? ResultCalculator.Display(normalized, rubric) : null,
            Spread = r.Spread is { } spread ? ResultCalculator.Display(spread, rubric) : null,
            Disagreement = r.Disagreement,
            Passed = r.Passed,
            Rank = r.Rank,
            TierId = r.RecommendedTierId,
            DecidedBy = r.DecidedBy,
            DecidingCriterion = r.DecidingCriterion,
            NormalizationMethod = r.NormalizationMethod,
            ComputedAt = now,
            ScoreSortKey = SortKeyFor(r.Rank, r.EntryId),
        }).ToList();

    /// <summary>"000001␁id" for rank 1; "~␁id" for an unranked entry, after every digit.</summary>
    public static string SortKeyFor(int? rank, Guid entryId) =>
        KeysetCursor.SortKey(rank is { } r ? r.ToString($"D{RankDigits}", System.Globalization.CultureInfo.InvariantCulture) : "~", entryId);

    /// <summary>True when anything a viewer sees differs (the computation time aside).</summary>
    public bool SameAs(EntryResultRecord other) =>
        EntryId == other.EntryId && CategoryId == other.CategoryId && JudgeCount == other.JudgeCount && RawScore == other.RawScore
        && NormalizedScore == other.NormalizedScore && Spread == other.Spread && Disagreement == other.Disagreement && Passed == other.Passed
        && Rank == other.Rank && TierId == other.TierId && DecidedBy == other.DecidedBy && DecidingCriterion == other.DecidingCriterion
        && NormalizationMethod == other.NormalizationMethod;
}
