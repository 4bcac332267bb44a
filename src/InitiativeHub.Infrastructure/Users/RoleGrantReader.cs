using InitiativeHub.Application.Access;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Users;

public sealed class RoleGrantReader(IDbContextFactory<AppDbContext> contexts) : IRoleGrantReader
{
    public async Task<IReadOnlyList<RoleGrant>> GetGrantsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from grant in db.RoleGrants
            join organization in db.Organizations on grant.OrganizationId equals organization.Id
            where grant.UserId == userId
            select new { grant.Role, grant.OrganizationId, organization.Path, organization.SortKey })
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(r => r.Path.Length).ThenBy(r => r.SortKey, StringComparer.Ordinal).ThenBy(r => r.Role)
            .Select(r => new RoleGrant(userId, r.Role, r.OrganizationId, new OrganizationPath(r.Path)))
            .ToList();
    }
}
