using InitiativeHub.Application.Access;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Organizations;

/// <summary>Use cases of the organization tree, shared by the GraphQL API and the web UI.</summary>
public sealed class OrganizationService(IAccessControl access, IOrganizationReader reader, IGrainFactory grains)
{
    /// <summary>
    /// Creates an organization. Below a parent it needs ManageOrganizations there; a new root needs an ADMIN of an
    /// existing root (the bootstrap administrator makes the first).
    /// </summary>
    public async Task<Organization> CreateAsync(Viewer viewer, string name, string? code, OrganizationKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        if (parentId is { } parent)
        {
            await access.EnsureAsync(viewer, Permission.ManageOrganizations, parent, cancellationToken);
        }
        else
        {
            var grants = await access.GrantsAsync(viewer, cancellationToken);
            if (!grants.Any(grant => grant.Role == Role.Admin && grant.OrganizationPath.Depth == 1))
            {
                throw new ForbiddenException("Chỉ quản trị viên hệ thống mới được tạo tổ chức cấp cao nhất.");
            }
        }

        var id = Guid.CreateVersion7();
        var command = new CreateOrganizationCommand(name, code, kind, parentId, actorId);
        (await grains.GetGrain<IOrganizationGrain>(id).CreateAsync(command)).Unwrap();
        var created = await reader.GetByIdsAsync([id], cancellationToken);
        return created[id];
    }

    /// <summary>The organization tree is public reference data (names of public bodies): anyone may list and search it.</summary>
    public Task<Page<Organization>> SearchAsync(OrganizationQuery query, PageRequest page, CancellationToken cancellationToken) =>
        reader.SearchAsync(query, page, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Organization>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        reader.GetByIdsAsync(ids, cancellationToken);
}
