using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// An assignment as stored. (Entry, judge) is unique: a declared conflict keeps its row with status CONFLICT and the
/// reason, so the judge still sees it listed and the balancing treats it as a conflict.
/// </summary>
public sealed class AssignmentRecord
{
    public Guid Id { get; set; }

    public Guid CampaignId { get; set; }

    public Guid PanelId { get; set; }

    public Guid EntryId { get; set; }

    public Guid JudgeId { get; set; }

    public AssignmentSource Source { get; set; }

    public AssignmentStatus Status { get; set; }

    /// <summary>The number of judges per entry asked for by the run that made it; re-runs after a conflict reuse it.</summary>
    public int JudgesPerEntry { get; set; }

    public string? ConflictNote { get; set; }

    public DateTimeOffset AssignedAt { get; set; }

    /// <summary>Keyset order: the id (time-ordered) in text.</summary>
    public string SortKey { get; set; } = string.Empty;

    public Assignment ToDomain() => new(EntryId, JudgeId, PanelId, Source, Status == AssignmentStatus.Scored);
}
