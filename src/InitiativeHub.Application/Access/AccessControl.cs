using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Access;

/// <summary>
/// Scoped per request: reads the viewer's grants once and answers every check with <see cref="AccessPolicy"/>.
/// Unknown organizations are reported as NOT_FOUND, never as a hint that they exist.
/// </summary>
public sealed class AccessControl(IRoleGrantReader grantReader, IOrganizationReader organizationReader) : IAccessControl
{
    private readonly Dictionary<Guid, IReadOnlyList<RoleGrant>> _grantsByUser = [];

    public async Task<IReadOnlyList<RoleGrant>> GrantsAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } userId)
        {
            return [];
        }

        if (!_grantsByUser.TryGetValue(userId, out var grants))
        {
            grants = await grantReader.GetGrantsAsync(userId, cancellationToken);
            _grantsByUser[userId] = grants;
        }

        return grants;
    }

    public async Task<bool> CanAsync(Viewer viewer, Permission permission, Guid organizationId, CancellationToken cancellationToken)
    {
        var grants = await GrantsAsync(viewer, cancellationToken);
        if (grants.Count == 0)
        {
            return false;
        }

        var path = await organizationReader.GetPathAsync(organizationId, cancellationToken);
        return path is { } target && AccessPolicy.Allows(grants, permission, target);
    }

    public async Task EnsureAsync(Viewer viewer, Permission permission, Guid organizationId, CancellationToken cancellationToken)
    {
        RequireUser(viewer);
        var path = await organizationReader.GetPathAsync(organizationId, cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy tổ chức.", "organizationId");
        var grants = await GrantsAsync(viewer, cancellationToken);
        if (!AccessPolicy.Allows(grants, permission, path))
        {
            throw new ForbiddenException();
        }
    }

    public async Task EnsureCanGrantAsync(Viewer viewer, Role role, Guid organizationId, CancellationToken cancellationToken)
    {
        RequireUser(viewer);
        var path = await organizationReader.GetPathAsync(organizationId, cancellationToken)
            ?? throw new NotFoundException("Không tìm thấy tổ chức.", "organizationId");
        var grants = await GrantsAsync(viewer, cancellationToken);
        if (!AccessPolicy.AllowsGranting(grants, role, path))
        {
            throw new ForbiddenException();
        }
    }

    public async Task<IReadOnlyList<OrganizationPath>> ScopesAsync(Viewer viewer, Permission permission, CancellationToken cancellationToken) =>
        (await GrantsAsync(viewer, cancellationToken))
            .Where(grant => AccessPolicy.PermissionsOf(grant.Role).Contains(permission))
            .Select(grant => grant.OrganizationPath)
            .Distinct()
            .ToList();

    public async Task<bool> CanReadUnitReportAsync(Viewer viewer, Guid issuerId, Guid reportOrganizationId, bool submitted, CancellationToken cancellationToken) =>
        await CanAsync(viewer, Permission.Report, reportOrganizationId, cancellationToken)
        || (submitted && await CanAsync(viewer, Permission.ManageDirectives, issuerId, cancellationToken));

    public async Task<bool> CanExportResultsReportAsync(Viewer viewer, Guid issuerId, Guid organizationId, CancellationToken cancellationToken) =>
        await CanAsync(viewer, Permission.ExportDocuments, organizationId, cancellationToken)
        && await CanAsync(viewer, organizationId == issuerId ? Permission.ManageDirectives : Permission.Report, organizationId, cancellationToken);

    public Guid RequireUser(Viewer viewer) => viewer.UserId ?? throw new UnauthenticatedException();
}
