namespace InitiativeHub.Domain.Access;

/// <summary>What a user may want to do on an object that lives in an organization's subtree.</summary>
public enum Permission
{
    /// <summary>Create organizations below one, rename, merge.</summary>
    ManageOrganizations,

    /// <summary>Grant roles at an organization.</summary>
    GrantRoles,

    /// <summary>See the organization's people, grants and internal records.</summary>
    ViewOrganizationInternals,

    /// <summary>Create and run campaigns, panels, exports; screen entries.</summary>
    ManageCampaigns,

    /// <summary>Score entries assigned to one (further limited by assignment and conflicts).</summary>
    Judge,

    /// <summary>Approve, return or reject proposed awards; sign decisions.</summary>
    DecideAwards,

    /// <summary>Issue directives and read the reports that answer them.</summary>
    ManageDirectives,

    /// <summary>Write and submit the organization's own reports and plans.</summary>
    Report,

    /// <summary>Export the campaign's lists and official documents, follow the jobs and download the files.</summary>
    ExportDocuments,
}
