using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// One recipient as the issuer sees it: the organization standing for it today (merged recipients roll into their
/// successor), its report status, the platform's figures for it and the activities it submitted.
/// </summary>
public sealed record DirectiveAggregateRow(
    Guid OrganizationId,
    string OrganizationName,
    IReadOnlyList<UnitReport> Reports,
    UnitReportStatus Status,
    bool Overdue,
    DateTimeOffset? SubmittedAt,
    ReportFigures Figures,
    IReadOnlyList<ActivityCount> Activities);
