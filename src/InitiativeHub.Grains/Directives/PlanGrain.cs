using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Grains.Directives;

/// <summary>Single writer of one plan and its tasks.</summary>
public sealed class PlanGrain(IPlanRepository plans, IDirectiveRepository directives, IOrganizationRepository organizations, TimeProvider clock) : Grain, IPlanGrain
{
    public Task<CommandResult<Guid>> CreateAsync(CreatePlanCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var id = this.GetPrimaryKey();
            if (await plans.GetAsync(id, CancellationToken.None) is not null)
            {
                throw new DomainException(ErrorCodes.Conflict, "Kế hoạch này đã được ban hành.");
            }

            var organization = await organizations.GetAsync(command.OrganizationId, CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy tổ chức.", "organizationId");
            Directive? directive = null;
            if (command.DirectiveId is { } directiveId)
            {
                directive = await directives.GetAsync(directiveId, CancellationToken.None)
                    ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
            }

            var now = clock.GetUtcNow();
            var plan = Plan.Create(id, command.Draft, organization, directive, command.ActorId, now);
            var tasks = new List<PlanTask>();
            foreach (var draft in command.Tasks)
            {
                var assignee = await organizations.GetAsync(draft.AssigneeId, CancellationToken.None)
                    ?? throw new NotFoundException("Không tìm thấy đơn vị được giao nhiệm vụ.", "tasks");
                tasks.Add(PlanTask.Assign(Guid.CreateVersion7(), plan, organization, assignee, draft, now));
            }

            await plans.AddAsync(plan, tasks, command.ActorId, CancellationToken.None);
            return plan.Id;
        });

    public Task<CommandResult<Guid>> ReportTaskProgressAsync(ReportTaskProgressCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var task = await plans.GetTaskAsync(command.TaskId, CancellationToken.None);
            if (task is null || task.PlanId != this.GetPrimaryKey())
            {
                throw new NotFoundException("Không tìm thấy nhiệm vụ.", "taskId");
            }

            task.ReportProgress(command.Status, command.Note, command.Activities, command.ActorId, clock.GetUtcNow());
            await plans.SaveTaskAsync(task, command.ActorId, CancellationToken.None);
            return task.Id;
        });
}
