namespace InitiativeHub.Domain.Judging;

/// <summary>
/// A judge of a panel set to score an entry. A judge has at most one assignment per entry, so (entry, judge) is the
/// key. <see cref="Scored"/> is true once the judge has a sheet with scores for it.
/// </summary>
public sealed record Assignment(Guid EntryId, Guid JudgeId, Guid PanelId, AssignmentSource Source = AssignmentSource.Automatic, bool Scored = false)
{
    /// <summary>Scored or hand-made assignments are never moved to even out loads (only a conflict removes them).</summary>
    public bool IsPinned => Scored || Source == AssignmentSource.Manual;
}
