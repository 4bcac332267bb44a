namespace InitiativeHub.Application.Exports;

/// <summary>
/// Reads a directive's results report as the given organization writes it today: the issuer's consolidated
/// report over every recipient, or a recipient's own. Null when the directive or organization no longer exists.
/// </summary>
public interface IResultsReportReader
{
    Task<ResultsReportData?> ReadAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken);
}
