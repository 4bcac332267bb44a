using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Directives;

/// <summary>
/// A recipient's answer to a directive: its reported activities and narrative. One exists per recipient from the
/// moment the directive is issued (NOT_STARTED); the unit drafts it, then submits it once. A submission after the
/// due date is accepted and marked LATE. The platform's own counts are not stored here: they are computed from the
/// platform's data, never typed in.
/// </summary>
public sealed class UnitReport
{
    public const int MaxNarrativeLength = 50_000;

    private UnitReport()
    {
        OrganizationName = string.Empty;
        Activities = [];
        UnitActivities = [];
        SortKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DirectiveId { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The recipient's name in force when the directive reached it.</summary>
    public string OrganizationName { get; private set; }

    public UnitReportStatus Status { get; private set; }

    /// <summary>What the organization itself reports it did.</summary>
    public IReadOnlyList<ActivityCount> Activities { get; private set; }

    /// <summary>What its units reported on the tasks of its plans answering this directive, consolidated when it submitted.</summary>
    public IReadOnlyList<ActivityCount> UnitActivities { get; private set; }

    /// <summary>The organization's own activities plus its units', by kind.</summary>
    public IReadOnlyList<ActivityCount> TotalActivities => ActivityKinds.Sum([Activities, UnitActivities]);

    public string? Narrative { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Keyset order: the recipient's folded name, then id.</summary>
    public string SortKey { get; private set; }

    public bool IsSubmitted => Status is UnitReportStatus.Submitted or UnitReportStatus.Late;

    /// <summary>The empty report a recipient owes from the moment the directive is issued.</summary>
    public static UnitReport Open(Guid id, Directive directive, Organization recipient, DateTimeOffset now) => new()
    {
        Id = id,
        DirectiveId = directive.Id,
        OrganizationId = recipient.Id,
        OrganizationName = recipient.Name,
        Status = UnitReportStatus.NotStarted,
        UpdatedAt = now,
        SortKey = $"{VietnameseText.Fold(recipient.Name)}\u0001{id:N}",
    };

    /// <summary>Keeps a draft; nobody but the unit sees it.</summary>
    public void SaveDraft(IReadOnlyList<ActivityCount>? activities, string? narrative, DateTimeOffset now)
    {
        EnsureOpen();
        Apply(activities, narrative);
        Status = UnitReportStatus.Draft;
        UpdatedAt = now;
    }

    /// <summary>
    /// Submits the report once, consolidating <paramref name="unitActivities"/> (its units' task reports); after
    /// <paramref name="dueAt"/> it is accepted and marked LATE.
    /// </summary>
    public void Submit(
        IReadOnlyList<ActivityCount>? activities, string? narrative, IReadOnlyList<ActivityCount> unitActivities, DateTimeOffset dueAt, Guid actorId, DateTimeOffset now)
    {
        EnsureOpen();
        Apply(activities, narrative);
        UnitActivities = ActivityKinds.Sum([unitActivities]);
        Status = now > dueAt ? UnitReportStatus.Late : UnitReportStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = actorId;
        UpdatedAt = now;
    }

    /// <summary>True when the due date has passed and nothing was submitted.</summary>
    public bool IsOverdue(DateTimeOffset dueAt, DateTimeOffset now) => !IsSubmitted && now > dueAt;

    private void EnsureOpen()
    {
        if (IsSubmitted)
        {
            throw new DomainException(DirectiveErrorCodes.ReportAlreadySubmitted, "Báo cáo đã gửi, không sửa được nữa.", "directiveId");
        }
    }

    private void Apply(IReadOnlyList<ActivityCount>? activities, string? narrative)
    {
        var clean = ActivityKinds.Validate(activities);
        var text = VietnameseText.Normalize(narrative);
        if (text is { Length: > MaxNarrativeLength })
        {
            throw new ValidationException($"Nội dung báo cáo không được dài quá {MaxNarrativeLength} ký tự.", "narrative");
        }

        Activities = clean;
        Narrative = string.IsNullOrEmpty(text) ? null : text;
    }
}
