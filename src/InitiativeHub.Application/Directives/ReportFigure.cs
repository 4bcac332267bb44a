namespace InitiativeHub.Application.Directives;

/// <summary>A figure the platform counts itself for a report, each drillable to its list.</summary>
public enum ReportFigure
{
    /// <summary>Entries (initiatives and model practices) submitted in the period.</summary>
    EntriesSubmitted,

    /// <summary>Initiatives recognized (công nhận sáng kiến).</summary>
    InitiativesRecognized,

    /// <summary>Awards approved (khen thưởng).</summary>
    AwardsApproved,
}
