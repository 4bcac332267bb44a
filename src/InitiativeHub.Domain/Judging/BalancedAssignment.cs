using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// Gives every accepted entry N distinct judges, free of conflicts, from one panel covering its category, keeping the
/// loads of a panel's scoring members within one of each other wherever conflicts and pinned assignments allow it.
/// Re-running keeps every assignment that is still valid and changes only what must change:
/// <list type="number">
/// <item>drop assignments that are conflicted, for an entry no longer judged, or (unless scored) off their panel;</item>
/// <item>fill each entry (in id order) from the least-loaded eligible members of its panel;</item>
/// <item>even out each panel's loads by moving unpinned assignments along the cheapest chain of judges, preferring to
/// move assignments made in this run over existing ones. The end state has no chain from a judge to one with two or
/// more fewer entries, which is the optimality condition of load balancing as a convex-cost flow: when a spread of at
/// most one is reachable at all, it is reached.</item>
/// </list>
/// The result depends only on the input as a set: every order is by id, and equal loads are broken by a hash of
/// (entry, judge) so that ties do not always fall to the same judge.
/// </summary>
public static class BalancedAssignment
{
    public const int MaxJudgesPerEntry = 50;

    public static AssignmentPlan Assign(
        IReadOnlyCollection<AssignableEntry> entries,
        IReadOnlyCollection<Panel> panels,
        int judgesPerEntry,
        IReadOnlyCollection<Assignment> existing,
        IEnumerable<ConflictOfInterest> conflicts)
    {
        if (judgesPerEntry is < 1 or > MaxJudgesPerEntry)
        {
            throw new ValidationException($"Số giám khảo chấm mỗi hồ sơ phải từ 1 đến {MaxJudgesPerEntry}.", "judgesPerEntry");
        }

        var work = new AssignmentWork(entries, panels, judgesPerEntry, existing, conflicts);
        work.DropInvalid();
        work.Fill();
        work.Rebalance();
        return work.ToPlan();
    }

    /// <summary>An organizer's hand-made assignment: a scoring member of a covering panel, without conflict, not yet assigned.</summary>
    public static Assignment AssignManually(
        AssignableEntry entry, Panel panel, Guid judgeId, IEnumerable<Assignment> existing, IEnumerable<ConflictOfInterest> conflicts)
    {
        if (!panel.Covers(entry.CategoryId))
        {
            throw new DomainException(JudgingErrorCodes.PanelDoesNotCoverCategory, "Hội đồng này không chấm lĩnh vực của hồ sơ.", "panelId");
        }

        if (!panel.IsScoringMember(judgeId))
        {
            throw new DomainException(JudgingErrorCodes.NotPanelMember, "Người được phân công không phải thành viên chấm điểm của hội đồng.", "judgeId");
        }

        if (ConflictOfInterestRules.IsConflicted(judgeId, entry.EntryId, conflicts))
        {
            throw new DomainException(JudgingErrorCodes.ConflictOfInterest, "Giám khảo có xung đột lợi ích với hồ sơ này.", "judgeId");
        }

        if (existing.Any(a => a.EntryId == entry.EntryId && a.JudgeId == judgeId))
        {
            throw new DomainException(ErrorCodes.Duplicate, "Giám khảo đã được phân công chấm hồ sơ này.", "judgeId");
        }

        return new Assignment(entry.EntryId, judgeId, panel.Id, AssignmentSource.Manual);
    }
}
