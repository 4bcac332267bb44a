using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Access;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Users;

public sealed class RoleGrantRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IRoleGrantRepository
{
    public async Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId, cancellationToken);
    }

    public async Task<bool> AddAsync(Guid userId, Role role, Guid organizationId, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WriteAuditedAsync(
            async token =>
            {
                // One writer from here on, so two identical grants at once cannot both pass the check below.
                await AuditLog.SerializeWritersAsync(db, token);
                if (await db.RoleGrants.AnyAsync(g => g.UserId == userId && g.Role == role && g.OrganizationId == organizationId, token))
                {
                    return false;
                }

                var grant = new RoleGrantRecord
                {
                    Id = Guid.CreateVersion7(),
                    UserId = userId,
                    Role = role,
                    OrganizationId = organizationId,
                    GrantedBy = actorId,
                    GrantedAt = clock.GetUtcNow(),
                };
                db.RoleGrants.Add(grant);
                await AuditLog.AppendAsync(
                    db, clock, actorId, "User", userId, "role-granted", new { Role = role.ToString(), OrganizationId = organizationId }, token);
                await db.SaveChangesAsync(token);
                return true;
            },
            cancellationToken);
    }
}
