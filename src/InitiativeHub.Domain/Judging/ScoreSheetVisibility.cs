using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// Independent scoring: a judge sees their own sheet, and other judges' submitted sheets for the same entry only once
/// their own is submitted and the phase allows it. A conflicted judge sees nothing. Organizers are not judged here.
/// </summary>
public static class ScoreSheetVisibility
{
    public static bool CanSeeOthers(Guid viewerId, Guid entryId, IReadOnlyCollection<ScoreSheet> sheetsOfEntry, PhasePermissions permissions, IEnumerable<ConflictOfInterest> conflicts) =>
        permissions.JudgesSeeOtherSheetsAfterOwn
        && !ConflictOfInterestRules.IsConflicted(viewerId, entryId, conflicts)
        && sheetsOfEntry.Any(s => s.EntryId == entryId && s.JudgeId == viewerId && s.Status == ScoreSheetStatus.Submitted);

    /// <summary>The sheets of the entry the viewer may read: their own, plus others' submitted ones when allowed.</summary>
    public static IReadOnlyList<ScoreSheet> VisibleTo(
        Guid viewerId, Guid entryId, IReadOnlyCollection<ScoreSheet> sheetsOfEntry, PhasePermissions permissions, IEnumerable<ConflictOfInterest> conflicts)
    {
        var conflictList = conflicts.ToList();
        if (ConflictOfInterestRules.IsConflicted(viewerId, entryId, conflictList))
        {
            return [];
        }

        var seeOthers = CanSeeOthers(viewerId, entryId, sheetsOfEntry, permissions, conflictList);
        return sheetsOfEntry
            .Where(s => s.EntryId == entryId && (s.JudgeId == viewerId || (seeOthers && s.Status == ScoreSheetStatus.Submitted)))
            .ToList();
    }
}
