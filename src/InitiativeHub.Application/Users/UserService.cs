using InitiativeHub.Application.Access;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Users;

/// <summary>Use cases about accounts and their roles.</summary>
public sealed class UserService(IAccessControl access, IUserReader users, IGrainFactory grains)
{
    /// <summary>The signed-in user's profile, or null for anonymous viewers.</summary>
    public async Task<UserProfile?> GetViewerAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } id)
        {
            return null;
        }

        var found = await users.GetByIdsAsync([id], cancellationToken);
        return found.GetValueOrDefault(id);
    }

    /// <summary>
    /// Profiles the viewer may see: their own, and those of users holding a role inside an organization where the
    /// viewer may see internals. Others are left out as if they did not exist.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, UserProfile>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (viewer.UserId is null || ids.Count == 0)
        {
            return new Dictionary<Guid, UserProfile>();
        }

        var found = await users.GetByIdsAsync(ids, cancellationToken);
        var viewerGrants = await access.GrantsAsync(viewer, cancellationToken);
        var visible = new Dictionary<Guid, UserProfile>();
        foreach (var (id, profile) in found)
        {
            if (id == viewer.UserId || await SeesUserAsync(viewerGrants, id, cancellationToken))
            {
                visible[id] = profile;
            }
        }

        return visible;
    }

    /// <summary>The role grants of a user the viewer may see (their own always).</summary>
    public async Task<IReadOnlyList<RoleGrant>> GetGrantsAsync(Viewer viewer, Guid userId, CancellationToken cancellationToken)
    {
        if (viewer.UserId == userId)
        {
            return await access.GrantsAsync(viewer, cancellationToken);
        }

        var viewerGrants = await access.GrantsAsync(viewer, cancellationToken);
        var grants = await access.GrantsAsync(new Viewer(userId), cancellationToken);
        return grants.Where(grant => AccessPolicy.Allows(viewerGrants, Permission.ViewOrganizationInternals, grant.OrganizationPath)).ToList();
    }

    /// <summary>Grants a role at an organization; needs the right to grant that role there.</summary>
    public async Task GrantRoleAsync(Viewer viewer, Guid userId, Role role, Guid organizationId, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureCanGrantAsync(viewer, role, organizationId, cancellationToken);
        var found = await users.GetByIdsAsync([userId], cancellationToken);
        if (!found.ContainsKey(userId))
        {
            throw new NotFoundException("Không tìm thấy người dùng.", "userId");
        }

        (await grains.GetGrain<IUserAccessGrain>(userId).GrantRoleAsync(new GrantRoleCommand(role, organizationId, actorId))).Unwrap();
    }

    private async Task<bool> SeesUserAsync(IReadOnlyList<RoleGrant> viewerGrants, Guid userId, CancellationToken cancellationToken)
    {
        if (viewerGrants.Count == 0)
        {
            return false;
        }

        var grants = await access.GrantsAsync(new Viewer(userId), cancellationToken);
        return grants.Any(grant => AccessPolicy.Allows(viewerGrants, Permission.ViewOrganizationInternals, grant.OrganizationPath));
    }
}
