using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Access;

/// <summary>
/// The one table of who may do what: a permission is held on an organization when the user has a role that
/// carries it at that organization or at any ancestor. Every adapter asks this (through the application's
/// authorization service); none improvises its own check.
/// </summary>
public static class AccessPolicy
{
    private static readonly Dictionary<Role, Permission[]> PermissionsByRole = new Dictionary<Role, Permission[]>
    {
        [Role.Admin] = Enum.GetValues<Permission>(),
        [Role.Organizer] =
        [
            Permission.ManageOrganizations, Permission.ViewOrganizationInternals, Permission.ManageCampaigns,
            Permission.ManageDirectives, Permission.Report, Permission.ExportDocuments,
        ],
        [Role.Leader] =
        [
            Permission.ViewOrganizationInternals, Permission.DecideAwards, Permission.ManageDirectives, Permission.Report,
            Permission.ExportDocuments,
        ],
        [Role.Judge] = [Permission.Judge],
        [Role.Staff] = [Permission.Report],
        [Role.Citizen] = [],
    };

    /// <summary>The permissions a role carries.</summary>
    public static IReadOnlyCollection<Permission> PermissionsOf(Role role) => PermissionsByRole[role];

    /// <summary>True when any of <paramref name="grants"/> carries <paramref name="permission"/> over <paramref name="target"/>.</summary>
    public static bool Allows(IEnumerable<RoleGrant> grants, Permission permission, OrganizationPath target) =>
        grants.Any(grant => PermissionsByRole[grant.Role].Contains(permission) && target.IsWithin(grant.OrganizationPath));

    /// <summary>
    /// A role may be granted only by someone holding <see cref="Permission.GrantRoles"/> there; an organizer may hand
    /// out the roles below ADMIN, and only an ADMIN may make another ADMIN.
    /// </summary>
    public static bool AllowsGranting(IEnumerable<RoleGrant> grants, Role role, OrganizationPath target)
    {
        var list = grants as IReadOnlyCollection<RoleGrant> ?? grants.ToList();
        if (role == Role.Admin)
        {
            return list.Any(grant => grant.Role == Role.Admin && target.IsWithin(grant.OrganizationPath));
        }

        return Allows(list, Permission.GrantRoles, target)
            || list.Any(grant => grant.Role == Role.Organizer && target.IsWithin(grant.OrganizationPath));
    }
}
