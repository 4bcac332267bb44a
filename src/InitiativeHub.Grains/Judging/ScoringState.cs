using InitiativeHub.Domain.Common;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Grains.Judging;

/// <summary>An accepted entry as the result calculation sees it: not its content.</summary>
internal sealed record ScoredEntry(Guid EntryId, Guid CategoryId, DateTimeOffset? SubmittedAt);

/// <summary>
/// A campaign's judging facts the ranking is computed from: assignments, accepted entries and submitted sheets.
/// Immutable: a sheet produces a new state that the grain keeps only once the sheet is committed.
/// </summary>
internal sealed class ScoringState
{
    private ScoringState(
        IReadOnlyDictionary<Guid, AssignmentRecord> assignments, IReadOnlyDictionary<Guid, ScoredEntry> entries, IReadOnlyDictionary<Guid, JudgeScore> submitted)
    {
        Assignments = assignments;
        Entries = entries;
        Submitted = submitted;
    }

    /// <summary>The campaign's assignments by id (copies: callers may change the one they are saving).</summary>
    public IReadOnlyDictionary<Guid, AssignmentRecord> Assignments { get; }

    /// <summary>The campaign's accepted entries by id.</summary>
    public IReadOnlyDictionary<Guid, ScoredEntry> Entries { get; }

    /// <summary>The submitted sheets' scores by sheet id.</summary>
    public IReadOnlyDictionary<Guid, JudgeScore> Submitted { get; }

    public static ScoringState From(IEnumerable<AssignmentRecord> assignments, IEnumerable<Entry> entries, IEnumerable<ScoreSheet> sheets) =>
        new(
            assignments.ToDictionary(a => a.Id),
            entries.ToDictionary(e => e.Id, e => new ScoredEntry(e.Id, e.CategoryId, e.SubmittedAt)),
            sheets.Where(s => s.Status == ScoreSheetStatus.Submitted).ToDictionary(s => s.Id, s => s.ToJudgeScore()));

    /// <summary>A copy of the assignment, safe to change before it is saved.</summary>
    public AssignmentRecord Assignment(Guid id) =>
        Assignments.TryGetValue(id, out var a)
            ? new AssignmentRecord
            {
                Id = a.Id, CampaignId = a.CampaignId, PanelId = a.PanelId, EntryId = a.EntryId, JudgeId = a.JudgeId, Source = a.Source,
                Status = a.Status, JudgesPerEntry = a.JudgesPerEntry, ConflictNote = a.ConflictNote, AssignedAt = a.AssignedAt, SortKey = a.SortKey,
            }
            : throw new NotFoundException("Không tìm thấy phân công chấm.", "assignmentId");

    /// <summary>Entries with at least one judge not in conflict: the ones that get a result.</summary>
    public HashSet<Guid> JudgedEntryIds() =>
        Assignments.Values.Where(a => a.Status != AssignmentStatus.Conflict).Select(a => a.EntryId).ToHashSet();

    /// <summary>This state with <paramref name="assignment"/> and <paramref name="sheet"/> as they are about to be saved.</summary>
    public ScoringState With(AssignmentRecord assignment, ScoreSheet sheet)
    {
        var assignments = new Dictionary<Guid, AssignmentRecord>(Assignments) { [assignment.Id] = assignment };
        var submitted = new Dictionary<Guid, JudgeScore>(Submitted);
        if (sheet.Status == ScoreSheetStatus.Submitted)
        {
            submitted[sheet.Id] = sheet.ToJudgeScore();
        }
        else
        {
            submitted.Remove(sheet.Id);
        }

        return new ScoringState(assignments, Entries, submitted);
    }
}
