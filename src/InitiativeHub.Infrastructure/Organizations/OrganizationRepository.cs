using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Organizations;

public sealed class OrganizationRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IOrganizationRepository
{
    public async Task<Organization?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AnyAsync(cancellationToken);
    }

    public async Task AddAsync(Organization organization, Guid? actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveAuditedAsync(
            clock, actorId, "Organization", organization.Id, "created",
            new { organization.Name, organization.Code, Kind = organization.Kind.ToString(), organization.ParentId }, cancellationToken);
    }

    public async Task SaveAsync(Organization organization, Guid actorId, string action, object summary, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Organizations.Update(organization);
        await db.SaveAuditedAsync(clock, actorId, "Organization", organization.Id, action, summary, cancellationToken);
    }
}
