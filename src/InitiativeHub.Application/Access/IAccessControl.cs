using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Access;

/// <summary>
/// The one authorization service: "may this viewer do X on this object". Every resolver, use case and page asks it.
/// </summary>
public interface IAccessControl
{
    /// <summary>The viewer's grants (empty for anonymous), read once per scope.</summary>
    Task<IReadOnlyList<RoleGrant>> GrantsAsync(Viewer viewer, CancellationToken cancellationToken);

    /// <summary>True when the viewer holds <paramref name="permission"/> over the organization.</summary>
    Task<bool> CanAsync(Viewer viewer, Permission permission, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Throws UNAUTHENTICATED or FORBIDDEN unless <see cref="CanAsync"/>.</summary>
    Task EnsureAsync(Viewer viewer, Permission permission, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Throws unless the viewer may grant <paramref name="role"/> at the organization.</summary>
    Task EnsureCanGrantAsync(Viewer viewer, Role role, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>The organizations (as subtree paths) where the viewer holds <paramref name="permission"/>; empty for anonymous.</summary>
    Task<IReadOnlyList<OrganizationPath>> ScopesAsync(Viewer viewer, Permission permission, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the viewer may read the content of a unit's report to a directive: the unit itself (who may report for
    /// it) always; the issuer's managers once it is submitted; nobody else, so a ward never reads another ward's report.
    /// </summary>
    Task<bool> CanReadUnitReportAsync(Viewer viewer, Guid issuerId, Guid reportOrganizationId, bool submitted, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the viewer may export the results report of a directive of <paramref name="issuerId"/> written by
    /// <paramref name="organizationId"/>: for the issuer itself, the issuer's managers who may export documents (the
    /// same people who see the aggregate); for a recipient, those who report for it and may export documents (its own
    /// report only, whatever its status, since they write it).
    /// </summary>
    Task<bool> CanExportResultsReportAsync(Viewer viewer, Guid issuerId, Guid organizationId, CancellationToken cancellationToken);

    /// <summary>Throws UNAUTHENTICATED for anonymous viewers; returns the user id otherwise.</summary>
    Guid RequireUser(Viewer viewer);
}
