using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Organizations;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Directives;

public sealed class DirectiveReader(IDbContextFactory<AppDbContext> contexts) : IDirectiveReader
{
    public async Task<Page<Directive>> ListAsync(
        IReadOnlyList<OrganizationPath> issuerScopes, IReadOnlyList<OrganizationPath> recipientScopes, PageRequest page, CancellationToken cancellationToken)
    {
        if (issuerScopes.Count == 0 && recipientScopes.Count == 0)
        {
            return Page<Directive>.Empty;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var issuers = db.Organizations.Where(OrganizationPaths.WithinAny(issuerScopes.Select(p => p.Value).ToList())).Select(o => o.Id);
        var recipients = db.Organizations.Where(OrganizationPaths.WithinAny(recipientScopes.Select(p => p.Value).ToList())).Select(o => o.Id);
        var received = db.UnitReports.Where(r => recipients.Contains(r.OrganizationId)).Select(r => r.DirectiveId);
        var query = db.Directives.AsNoTracking().Where(d => issuers.Contains(d.IssuerId) || received.Contains(d.Id));
        return await KeysetPager.PageAsync(query, d => d.SortKey, page, cancellationToken, descending: true);
    }

    public async Task<IReadOnlyDictionary<Guid, Directive>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Directives.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<UnitReport>> ListReportsAsync(Guid directiveId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UnitReports.AsNoTracking().Where(r => r.DirectiveId == directiveId).OrderBy(r => r.SortKey).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, UnitReport>> GetReportsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UnitReports.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<Plan>> ListPlansAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Plans.AsNoTracking().Where(p => p.OrganizationId == organizationId).OrderByDescending(p => p.SortKey).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Plan>> GetPlansByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<PlanTask>> ListTasksOfPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.SortKey).ToListAsync(cancellationToken);
    }

    public async Task<Page<PlanTask>> ListTasksAsync(IReadOnlyList<OrganizationPath> assigneeScopes, PageRequest page, CancellationToken cancellationToken)
    {
        if (assigneeScopes.Count == 0)
        {
            return Page<PlanTask>.Empty;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var assignees = db.Organizations.Where(OrganizationPaths.WithinAny(assigneeScopes.Select(p => p.Value).ToList())).Select(o => o.Id);
        var query = db.PlanTasks.AsNoTracking().Where(t => assignees.Contains(t.AssigneeId));
        return await KeysetPager.PageAsync(query, t => t.SortKey, page, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PlanTask>> GetTasksByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanTasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }
}
