using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Directives;

public sealed class PlanRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IPlanRepository
{
    public async Task<Plan?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public async Task<PlanTask?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PlanTasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
    }

    public async Task AddAsync(Plan plan, IReadOnlyList<PlanTask> tasks, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Plans.Add(plan);
        db.PlanTasks.AddRange(tasks);
        await db.SaveAuditedAsync(
            clock, actorId, "Plan", plan.Id, "issued",
            new { plan.Number, plan.Title, plan.OrganizationId, plan.DirectiveId, Tasks = tasks.Select(t => new { t.Id, t.AssigneeId, t.Title, t.DueOn }) },
            cancellationToken);
    }

    public async Task SaveTaskAsync(PlanTask task, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.PlanTasks.Update(task);
        await db.SaveAuditedAsync(
            clock, actorId, "PlanTask", task.Id, "progress-reported",
            new { task.PlanId, task.AssigneeId, Status = task.Status.ToString(), task.ProgressNote, task.Activities },
            cancellationToken);
    }
}
