namespace InitiativeHub.Application.Directives;

/// <summary>
/// Counts the platform's own data for a report: entries submitted in a period whose organization (the submitting unit,
/// or the campaign's organizer for a citizen's entry) lies in the given subtrees.
/// </summary>
public interface IReportFigureReader
{
    Task<ReportFigures> CountAsync(IReadOnlyCollection<Guid> subtreeRoots, DateTimeOffset periodStart, DateTimeOffset periodEnd, CancellationToken cancellationToken);
}
