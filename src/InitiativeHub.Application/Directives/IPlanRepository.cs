using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>Write side of plans and their tasks, used by the plan grain only.</summary>
public interface IPlanRepository
{
    Task<Plan?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<PlanTask?> GetTaskAsync(Guid taskId, CancellationToken cancellationToken);

    Task AddAsync(Plan plan, IReadOnlyList<PlanTask> tasks, Guid actorId, CancellationToken cancellationToken);

    Task SaveTaskAsync(PlanTask task, Guid actorId, CancellationToken cancellationToken);
}
