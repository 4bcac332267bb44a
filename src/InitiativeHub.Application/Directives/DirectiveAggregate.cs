using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// The issuer's read model of a directive (and what the results-report exporter prints): who reported, who is late,
/// the platform's figures over all recipients and the activities of the submitted reports.
/// </summary>
public sealed record DirectiveAggregate(
    Directive Directive,
    IReadOnlyList<DirectiveAggregateRow> Rows,
    ReportFigures Figures,
    IReadOnlyList<ActivityCount> Activities)
{
    public int OnTime => Rows.Count(r => r.Status == UnitReportStatus.Submitted);

    public int Late => Rows.Count(r => r.Status == UnitReportStatus.Late);

    /// <summary>Recipients that have not submitted (yet).</summary>
    public int Missing => Rows.Count(r => r.Status is UnitReportStatus.NotStarted or UnitReportStatus.Draft);
}
