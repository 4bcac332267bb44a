namespace InitiativeHub.Application.Directives;

/// <summary>What the platform counts itself for a period and a subtree (never typed in), with the lines behind it.</summary>
public sealed record ReportFigures(IReadOnlyList<FigureItem> Items)
{
    public int EntriesSubmitted => Items.Count;

    public int InitiativesRecognized => Items.Count(i => i.Recognized);

    public int AwardsApproved => Items.Count(i => i.Awarded);

    /// <summary>By category and kind, in category order.</summary>
    public IReadOnlyList<FigureBreakdownRow> Breakdown =>
        Items.GroupBy(i => (i.CategoryName, i.Kind))
            .OrderBy(g => g.Key.CategoryName, StringComparer.Ordinal).ThenBy(g => g.Key.Kind)
            .Select(g => new FigureBreakdownRow(g.Key.CategoryName, g.Key.Kind, g.Count(), g.Count(i => i.Recognized), g.Count(i => i.Awarded)))
            .ToList();

    /// <summary>The lines behind one figure.</summary>
    public IReadOnlyList<FigureItem> ItemsOf(ReportFigure figure) => figure switch
    {
        ReportFigure.EntriesSubmitted => Items,
        ReportFigure.InitiativesRecognized => Items.Where(i => i.Recognized).ToList(),
        ReportFigure.AwardsApproved => Items.Where(i => i.Awarded).ToList(),
        _ => [],
    };
}
