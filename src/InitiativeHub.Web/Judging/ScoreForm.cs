using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Web.Formatting;

namespace InitiativeHub.Web.Judging;

/// <summary>
/// What the scoring form holds while a judge types: one text per criterion, read as numbers for the running total
/// (the domain's <see cref="ScoreSheet.RunningTotal"/>) and for submitting. Whether a score is within 0 and the
/// maximum, precise enough, or missing is decided by the score sheet on submit; its message is what the form shows.
/// </summary>
public sealed class ScoreForm
{
    private readonly Rubric _rubric;

    public ScoreForm(Rubric rubric)
    {
        ArgumentNullException.ThrowIfNull(rubric);
        _rubric = rubric;
        Rows = rubric.Criteria.Select(criterion => new Row(criterion)).ToList();
    }

    public IReadOnlyList<Row> Rows { get; }

    public string Comment { get; set; } = string.Empty;

    /// <summary>The highest weighted total a sheet can reach.</summary>
    public decimal MaxTotal => _rubric.MaxTotal;

    /// <summary>The decimals a score may have.</summary>
    public int Precision => _rubric.Precision;

    /// <summary>Σ points × weight of the scores typed so far that read as numbers.</summary>
    public decimal RunningTotal => ScoreSheet.RunningTotal(_rubric, ReadableScores());

    /// <summary>How many criteria have a readable score.</summary>
    public int FilledCount => ReadableScores().Count;

    /// <summary>The field key the use case reports a criterion's error under ("scores.TM").</summary>
    public static string FieldOf(Criterion criterion) => $"scores.{criterion?.Code}";

    /// <summary>The criteria whose text is not a number (blank ones are simply missing).</summary>
    public IReadOnlyList<Criterion> Unreadable() =>
        Rows.Where(row => !NumberText.TryParse(row.Text, out _)).Select(row => row.Criterion).ToList();

    /// <summary>The typed scores for the use case (blank criteria left out, so the sheet names them as missing).</summary>
    public IReadOnlyList<CriterionScore> ReadableScores() =>
        Rows.Select(row => NumberText.TryParse(row.Text, out var points) && points is { } value ? new CriterionScore(row.Criterion.Code, value) : null)
            .OfType<CriterionScore>()
            .ToList();

    public sealed class Row(Criterion criterion)
    {
        public Criterion Criterion { get; } = criterion;

        public string Text { get; set; } = string.Empty;
    }
}
