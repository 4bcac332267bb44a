namespace InitiativeHub.Domain.Directives;

/// <summary>Where a recipient's report stands. LATE is a report submitted after the due date (late submission is allowed).</summary>
public enum UnitReportStatus
{
    NotStarted,
    Draft,
    Submitted,
    Late,
}
