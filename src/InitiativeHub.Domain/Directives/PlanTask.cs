using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// A task a plan assigns to one unit below the plan's organization. The unit marks progress and reports the activities
/// it carried out; the organization consolidates those into its own report upward.
/// </summary>
public sealed class PlanTask
{
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 4000;

    private PlanTask()
    {
        AssigneeName = string.Empty;
        Title = string.Empty;
        Activities = [];
        SortKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>The plan's organization (the one that assigned the task).</summary>
    public Guid OrganizationId { get; private set; }

    /// <summary>The directive the plan answers, when it does: the task's activities count toward that report.</summary>
    public Guid? DirectiveId { get; private set; }

    public Guid AssigneeId { get; private set; }

    /// <summary>The unit's name in force when the task was assigned.</summary>
    public string AssigneeName { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public DateOnly DueOn { get; private set; }

    public PlanTaskStatus Status { get; private set; }

    public string? ProgressNote { get; private set; }

    /// <summary>What the unit reports it did for this task.</summary>
    public IReadOnlyList<ActivityCount> Activities { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid? UpdatedBy { get; private set; }

    /// <summary>Keyset order: due date, then id.</summary>
    public string SortKey { get; private set; }

    /// <summary>Assigns a task of <paramref name="plan"/> to <paramref name="assignee"/>, a unit strictly below the plan's organization.</summary>
    public static PlanTask Assign(Guid id, Plan plan, Organization planOrganization, Organization assignee, PlanTaskDraft draft, DateTimeOffset now)
    {
        if (assignee.Id == planOrganization.Id || !assignee.PathValue.IsWithin(planOrganization.PathValue))
        {
            throw new DomainException(DirectiveErrorCodes.NotASubordinateUnit, $"{assignee.Name} không trực thuộc {planOrganization.Name}.", "tasks");
        }

        if (assignee.IsMerged)
        {
            throw new DomainException(DirectiveErrorCodes.OrganizationMerged, $"{assignee.Name} đã được sáp nhập, không nhận nhiệm vụ mới.", "tasks");
        }

        var title = VietnameseText.Normalize(draft.Title);
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
        {
            throw new ValidationException($"Tên nhiệm vụ không được để trống và không dài quá {MaxTitleLength} ký tự.", "tasks");
        }

        var description = VietnameseText.Normalize(draft.Description);
        if (description is { Length: > MaxTextLength })
        {
            throw new ValidationException($"Mô tả nhiệm vụ không được dài quá {MaxTextLength} ký tự.", "tasks");
        }

        return new PlanTask
        {
            Id = id,
            PlanId = plan.Id,
            OrganizationId = plan.OrganizationId,
            DirectiveId = plan.DirectiveId,
            AssigneeId = assignee.Id,
            AssigneeName = assignee.Name,
            Title = title,
            Description = string.IsNullOrEmpty(description) ? null : description,
            DueOn = draft.DueOn,
            Status = PlanTaskStatus.Assigned,
            UpdatedAt = now,
            SortKey = $"{draft.DueOn:yyyyMMdd}\u0001{id:N}",
        };
    }

    /// <summary>The unit records where the task stands, what it did and a note. A task marked done stays done.</summary>
    public void ReportProgress(PlanTaskStatus status, string? note, IReadOnlyList<ActivityCount>? activities, Guid actorId, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ValidationException("Trạng thái nhiệm vụ không hợp lệ.", "status");
        }

        if (Status == PlanTaskStatus.Done && status != PlanTaskStatus.Done)
        {
            throw new ValidationException("Nhiệm vụ đã hoàn thành không chuyển lại trạng thái trước.", "status");
        }

        var cleanNote = VietnameseText.Normalize(note);
        if (cleanNote is { Length: > MaxTextLength })
        {
            throw new ValidationException($"Ghi chú không được dài quá {MaxTextLength} ký tự.", "note");
        }

        Activities = ActivityKinds.Validate(activities);
        Status = status;
        ProgressNote = string.IsNullOrEmpty(cleanNote) ? null : cleanNote;
        UpdatedAt = now;
        UpdatedBy = actorId;
    }
}
