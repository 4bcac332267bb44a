using InitiativeHub.Application.Access;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// Use cases of plans and unit tasks. An organization's managers (ManageDirectives there) issue its plans; a plan's
/// tasks are seen by the plan's organization and by the unit each is assigned to, and only that unit (Report at it)
/// marks progress, so a unit sees only its own tasks.
/// </summary>
public sealed class PlanService(IAccessControl access, IDirectiveReader reader, DirectiveService directives, IGrainFactory grains)
{
    public async Task<Plan> CreateAsync(
        Viewer viewer, Guid organizationId, Guid? directiveId, PlanDraft draft, IReadOnlyList<PlanTaskDraft> tasks, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureAsync(viewer, Permission.ManageDirectives, organizationId, cancellationToken);
        if (directiveId is { } id && (await directives.GetVisibleAsync(viewer, [id], cancellationToken)).Count == 0)
        {
            throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
        }

        if (tasks.Count > Plan.MaxTasks)
        {
            throw new ValidationException($"Một kế hoạch không giao quá {Plan.MaxTasks} nhiệm vụ.", "tasks");
        }

        var planId = Guid.CreateVersion7();
        (await grains.GetGrain<IPlanGrain>(planId).CreateAsync(new CreatePlanCommand(organizationId, directiveId, draft, tasks, actorId))).Unwrap();
        return (await reader.GetPlansByIdsAsync([planId], cancellationToken))[planId];
    }

    /// <summary>The organization's plans, for those who may see its internals or report for it.</summary>
    public async Task<IReadOnlyList<Plan>> ListPlansAsync(Viewer viewer, Guid organizationId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        if (!await access.CanAsync(viewer, Permission.Report, organizationId, cancellationToken)
            && !await access.CanAsync(viewer, Permission.ViewOrganizationInternals, organizationId, cancellationToken))
        {
            throw new ForbiddenException();
        }

        return await reader.ListPlansAsync(organizationId, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Plan>> GetVisiblePlansAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, Plan>();
        foreach (var (id, plan) in await reader.GetPlansByIdsAsync(ids, cancellationToken))
        {
            if (await access.CanAsync(viewer, Permission.Report, plan.OrganizationId, cancellationToken)
                || await access.CanAsync(viewer, Permission.ViewOrganizationInternals, plan.OrganizationId, cancellationToken))
            {
                visible[id] = plan;
            }
        }

        return visible;
    }

    /// <summary>The plan's tasks the viewer may see: all for the plan's organization, a unit's own for that unit.</summary>
    public async Task<IReadOnlyList<PlanTask>> ListTasksOfPlanAsync(Viewer viewer, Plan plan, CancellationToken cancellationToken)
    {
        var tasks = await reader.ListTasksOfPlanAsync(plan.Id, cancellationToken);
        var visible = new List<PlanTask>();
        foreach (var task in tasks)
        {
            if (await CanSeeAsync(viewer, task, cancellationToken))
            {
                visible.Add(task);
            }
        }

        return visible;
    }

    /// <summary>Tasks assigned to the units the viewer reports for, by due date.</summary>
    public async Task<Page<PlanTask>> ListMyTasksAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        return await reader.ListTasksAsync(await access.ScopesAsync(viewer, Permission.Report, cancellationToken), page, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PlanTask>> GetVisibleTasksAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, PlanTask>();
        foreach (var (id, task) in await reader.GetTasksByIdsAsync(ids, cancellationToken))
        {
            if (await CanSeeAsync(viewer, task, cancellationToken))
            {
                visible[id] = task;
            }
        }

        return visible;
    }

    /// <summary>The assigned unit marks the task's progress and reports what it did.</summary>
    public async Task<PlanTask> ReportProgressAsync(
        Viewer viewer, Guid taskId, PlanTaskStatus status, string? note, IReadOnlyList<ActivityCount> activities, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var task = (await GetVisibleTasksAsync(viewer, [taskId], cancellationToken)).GetValueOrDefault(taskId)
            ?? throw new NotFoundException("Không tìm thấy nhiệm vụ.", "taskId");
        await access.EnsureAsync(viewer, Permission.Report, task.AssigneeId, cancellationToken);
        (await grains.GetGrain<IPlanGrain>(task.PlanId).ReportTaskProgressAsync(new ReportTaskProgressCommand(task.Id, status, note, activities, actorId))).Unwrap();
        return (await reader.GetTasksByIdsAsync([task.Id], cancellationToken))[task.Id];
    }

    private async Task<bool> CanSeeAsync(Viewer viewer, PlanTask task, CancellationToken cancellationToken) =>
        await access.CanAsync(viewer, Permission.Report, task.AssigneeId, cancellationToken)
        || await access.CanAsync(viewer, Permission.ManageDirectives, task.OrganizationId, cancellationToken)
        || await access.CanAsync(viewer, Permission.ViewOrganizationInternals, task.OrganizationId, cancellationToken);
}
