namespace InitiativeHub.Domain.Judging;

/// <summary>
/// The outcome of <see cref="BalancedAssignment.Assign"/>: the whole new assignment set (ordered by entry, then
/// judge), what changed against the existing set, and the entries that could not get all their judges.
/// </summary>
public sealed record AssignmentPlan(
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<Assignment> Added,
    IReadOnlyList<AssignmentRemoval> Removed,
    IReadOnlyList<AssignmentShortfall> Shortfalls)
{
    /// <summary>Every entry has its judges.</summary>
    public bool IsComplete => Shortfalls.Count == 0;

    public bool HasChanges => Added.Count > 0 || Removed.Count > 0;
}
