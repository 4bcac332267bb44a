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

    /// <summary>Renames an organization; needs ManageOrganizations over it.</summary>
    public async Task<Organization> RenameAsync(Viewer viewer, Guid organizationId, string name, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureAsync(viewer, Permission.ManageOrganizations, organizationId, cancellationToken);
        (await grains.GetGrain<IOrganizationGrain>(organizationId).RenameAsync(name, actorId)).Unwrap();
        return (await reader.GetByIdsAsync([organizationId], cancellationToken))[organizationId];
    }

    /// <summary>
    /// Merges organizations into a successor (the 2025 reform): needs ManageOrganizations over each of them and over
    /// the successor. Each merge is its own audited change; the first refused one stops the rest before it runs.
    /// </summary>
    public async Task<Organization> MergeAsync(Viewer viewer, IReadOnlyList<Guid> organizationIds, Guid successorId, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        if (organizationIds.Count == 0)
        {
            throw new ValidationException("Cần ít nhất một tổ chức được sáp nhập.", "organizationIds");
        }

        await access.EnsureAsync(viewer, Permission.ManageOrganizations, successorId, cancellationToken);
        foreach (var id in organizationIds.Distinct())
        {
            await access.EnsureAsync(viewer, Permission.ManageOrganizations, id, cancellationToken);
        }

        var found = await reader.GetByIdsAsync([.. organizationIds, successorId], cancellationToken);
        // Each refusal names the side at fault, so a form can show it beside the field that chose it.
        if (organizationIds.Any(id => found[id].IsMerged))
        {
            throw new ValidationException("Không sáp nhập được: tổ chức này đã được sáp nhập trước đó.", "organizationIds");
        }

        if (found[successorId].IsMerged)
        {
            throw new ValidationException($"Không sáp nhập được: {found[successorId].Name} đã được sáp nhập vào đơn vị khác; hãy chọn đơn vị nhận sáp nhập khác.", "successorId");
        }

        if (organizationIds.Any(id => id == successorId || found[successorId].PathValue.IsWithin(found[id].PathValue)))
        {
            throw new ValidationException("Không sáp nhập được: đơn vị nhận sáp nhập là chính tổ chức được sáp nhập hoặc đơn vị cấp dưới của nó.", "successorId");
        }

        foreach (var id in organizationIds.Distinct())
        {
            (await grains.GetGrain<IOrganizationGrain>(id).MergeIntoAsync(successorId, actorId)).Unwrap();
        }

        return (await reader.GetByIdsAsync([successorId], cancellationToken))[successorId];
    }

    /// <summary>The organization tree is public reference data (names of public bodies): anyone may list and search it.</summary>
    public Task<Page<Organization>> SearchAsync(OrganizationQuery query, PageRequest page, CancellationToken cancellationToken) =>
        reader.SearchAsync(query, page, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Organization>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        reader.GetByIdsAsync(ids, cancellationToken);
}
