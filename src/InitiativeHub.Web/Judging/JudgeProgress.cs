using InitiativeHub.Application.Judging;

namespace InitiativeHub.Web.Judging;

/// <summary>Where one judge (or a whole panel) stands: sheets submitted out of entries to score, and conflicts set aside.</summary>
public sealed record JudgeProgress(Guid JudgeId, int Submitted, int Assigned, int Conflicts)
{
    /// <summary>Submitted out of assigned as a whole percentage (0 when nothing is assigned).</summary>
    public int Percent => Assigned == 0 ? 0 : (int)Math.Round(Submitted * 100m / Assigned, MidpointRounding.AwayFromZero);

    /// <summary>One row per judge among <paramref name="judgeIds"/>, in that order; a conflict counts apart from the entries to score.</summary>
    public static IReadOnlyList<JudgeProgress> PerJudge(IReadOnlyList<Guid> judgeIds, IReadOnlyList<AssignmentRecord> assignments)
    {
        ArgumentNullException.ThrowIfNull(judgeIds);
        return judgeIds.Select(id => Of(id, assignments.Where(a => a.JudgeId == id))).ToList();
    }

    /// <summary>The panel as a whole.</summary>
    public static JudgeProgress Total(IReadOnlyList<AssignmentRecord> assignments) => Of(Guid.Empty, assignments);

    private static JudgeProgress Of(Guid judgeId, IEnumerable<AssignmentRecord> assignments)
    {
        var list = assignments.ToList();
        return new JudgeProgress(
            judgeId,
            list.Count(a => a.Status == AssignmentStatus.Scored),
            list.Count(a => a.Status != AssignmentStatus.Conflict),
            list.Count(a => a.Status == AssignmentStatus.Conflict));
    }
}
