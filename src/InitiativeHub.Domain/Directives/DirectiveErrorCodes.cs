namespace InitiativeHub.Domain.Directives;

/// <summary>Stable error codes of directives, plans and unit reports. Never rename one; add new ones.</summary>
public static class DirectiveErrorCodes
{
    /// <summary>The organization may not receive a directive of this issuer (outside its province, itself, or above it).</summary>
    public const string NotARecipient = "NOT_A_RECIPIENT";

    /// <summary>The report was already submitted; a submitted report is final.</summary>
    public const string ReportAlreadySubmitted = "REPORT_ALREADY_SUBMITTED";

    /// <summary>The organization was merged into another and no longer acts on its own.</summary>
    public const string OrganizationMerged = "ORGANIZATION_MERGED";

    /// <summary>A task is assigned to a unit that is not below the plan's organization.</summary>
    public const string NotASubordinateUnit = "NOT_A_SUBORDINATE_UNIT";
}
