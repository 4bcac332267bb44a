using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Directives;

public sealed class DirectiveRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IDirectiveRepository
{
    private static readonly Role[] ReportingRoles =
        Enum.GetValues<Role>().Where(role => AccessPolicy.PermissionsOf(role).Contains(Permission.Report)).ToArray();

    public async Task<Directive?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Directives.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    public async Task<UnitReport?> GetReportAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UnitReports.AsNoTracking().FirstOrDefaultAsync(r => r.DirectiveId == directiveId && r.OrganizationId == organizationId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetReportersAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.RoleGrants.AsNoTracking()
            .Where(g => organizationIds.Contains(g.OrganizationId) && ReportingRoles.Contains(g.Role))
            .Select(g => new { g.OrganizationId, g.UserId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.OrganizationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)g.Select(r => r.UserId).Distinct().ToList());
    }

    public async Task<IReadOnlyList<ActivityCount>> GetUnitActivitiesAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.DirectiveId == directiveId && t.OrganizationId == organizationId).ToListAsync(cancellationToken);
        return ActivityKinds.Sum(tasks.Select(t => t.Activities));
    }

    public async Task AddAsync(Directive directive, IReadOnlyList<UnitReport> reports, IReadOnlyList<NotificationRequest> notifications, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Directives.Add(directive);
        db.UnitReports.AddRange(reports);
        NotificationOutbox.Add(db, clock, notifications);
        await db.SaveAuditedAsync(
            clock, actorId, "Directive", directive.Id, "issued",
            new { directive.Code, directive.Title, directive.IssuerId, directive.IssuerName, directive.ReportDueAt, directive.PeriodStart, directive.PeriodEnd, directive.RecipientIds },
            cancellationToken);
    }

    public async Task SaveReportAsync(UnitReport report, string action, IReadOnlyList<NotificationRequest> notifications, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.UnitReports.Update(report);
        NotificationOutbox.Add(db, clock, notifications);
        await db.SaveAuditedAsync(
            clock, actorId, "UnitReport", report.Id, action,
            new { report.DirectiveId, report.OrganizationId, Status = report.Status.ToString(), report.SubmittedAt, Activities = report.TotalActivities },
            cancellationToken);
    }
}
