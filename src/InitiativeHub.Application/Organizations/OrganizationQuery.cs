namespace InitiativeHub.Application.Organizations;

/// <summary>
/// Filters of an organization list. <see cref="Search"/> is matched diacritic-insensitively against name and code;
/// <see cref="ParentId"/> keeps direct children of one organization; <see cref="RootsOnly"/> keeps the roots.
/// </summary>
public sealed record OrganizationQuery(string? Search = null, Guid? ParentId = null, bool RootsOnly = false);
