using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// One judge's scores for one assigned entry. Drafts may be partial; submitting needs every criterion and locks the
/// sheet; only the panel's chair reopens it, with a reason that stays on record. Every refused call changes nothing:
/// all checks run before the first assignment to state.
/// </summary>
public sealed class ScoreSheet
{
    public const int MaxCommentLength = 4000;

    /// <summary>For the persistence mapper only.</summary>
    private ScoreSheet()
    {
        Scores = [];
        Reopenings = [];
    }

    private ScoreSheet(Guid id, Assignment assignment, DateTimeOffset now)
    {
        Id = id;
        EntryId = assignment.EntryId;
        JudgeId = assignment.JudgeId;
        PanelId = assignment.PanelId;
        Status = ScoreSheetStatus.Draft;
        Scores = [];
        Reopenings = [];
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid JudgeId { get; private set; }

    public Guid PanelId { get; private set; }

    public ScoreSheetStatus Status { get; private set; }

    /// <summary>The scores given so far, in rubric order.</summary>
    public IReadOnlyList<CriterionScore> Scores { get; private set; }

    /// <summary>The judge's overall remark.</summary>
    public string? Comment { get; private set; }

    /// <summary>Σ points × weight once every criterion is scored; null while the draft is partial. Never rounded.</summary>
    public decimal? Total { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public IReadOnlyList<SheetReopening> Reopenings { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Opens the sheet of an assignment for its own judge only.</summary>
    public static ScoreSheet Start(Guid id, Assignment assignment, Guid actingJudgeId, PhasePermissions permissions, DateTimeOffset now)
    {
        EnsureOwnAssignment(assignment.JudgeId, actingJudgeId);
        EnsureScoringPhase(permissions);
        return new ScoreSheet(id, assignment, now);
    }

    /// <summary>The weighted total of complete scores: Σ points × weight, exact (no rounding).</summary>
    public static decimal WeightedTotal(Rubric rubric, IEnumerable<CriterionScore> scores)
    {
        var points = scores.ToDictionary(s => s.Code, s => s.Points, StringComparer.Ordinal);
        return rubric.Criteria.Sum(c => points[c.Code] * c.Weight);
    }

    /// <summary>
    /// The weighted total of the scores given so far (Σ points × weight over the criteria scored), what a judge sees
    /// adding up while filling the sheet; equals <see cref="WeightedTotal"/> once every criterion is scored. Codes
    /// outside the rubric count for nothing (submitting rejects them).
    /// </summary>
    public static decimal RunningTotal(Rubric rubric, IEnumerable<CriterionScore> scores)
    {
        var weights = rubric.Criteria.ToDictionary(c => c.Code, c => c.Weight, StringComparer.Ordinal);
        return scores.Sum(s => weights.TryGetValue(s.Code, out var weight) ? s.Points * weight : 0m);
    }

    /// <summary>Saves a draft: replaces scores and comment; every given score must be valid, missing ones may wait.</summary>
    public void SaveDraft(Rubric rubric, IReadOnlyList<CriterionScore> scores, string? comment, Guid actingJudgeId, PhasePermissions permissions, DateTimeOffset now)
    {
        EnsureEditable(actingJudgeId, permissions);
        var (clean, total) = Validate(rubric, scores, requireAll: false);
        var cleanComment = CleanComment(comment, "comment");
        Scores = clean;
        Total = total;
        Comment = cleanComment;
        UpdatedAt = now;
    }

    /// <summary>Saves and submits in one step (the whole sheet must be complete and valid).</summary>
    public void Submit(Rubric rubric, IReadOnlyList<CriterionScore> scores, string? comment, Guid actingJudgeId, PhasePermissions permissions, DateTimeOffset now)
    {
        EnsureEditable(actingJudgeId, permissions);
        var (clean, total) = Validate(rubric, scores, requireAll: true);
        var cleanComment = CleanComment(comment, "comment");
        Scores = clean;
        Total = total;
        Comment = cleanComment;
        Lock(now);
    }

    /// <summary>Submits the saved draft as it stands.</summary>
    public void Submit(Rubric rubric, Guid actingJudgeId, PhasePermissions permissions, DateTimeOffset now)
    {
        EnsureEditable(actingJudgeId, permissions);
        var (_, total) = Validate(rubric, Scores, requireAll: true);
        Total = total;
        Lock(now);
    }

    /// <summary>The chair returns a submitted sheet to draft, with a reason kept on record.</summary>
    public void Reopen(Panel panel, Guid actingUserId, string reason, PhasePermissions permissions, DateTimeOffset now)
    {
        if (panel.Id != PanelId || !panel.IsChair(actingUserId))
        {
            throw new ForbiddenException("Chỉ Chủ tịch hội đồng được mở lại phiếu chấm.");
        }

        if (Status != ScoreSheetStatus.Submitted)
        {
            throw new DomainException(JudgingErrorCodes.SheetNotSubmitted, "Phiếu chấm chưa nộp nên không cần mở lại.");
        }

        // Reopening only makes sense while the judge may score again; otherwise go back to the judging phase first.
        EnsureScoringPhase(permissions);
        var cleanReason = VietnameseText.Normalize(reason);
        if (string.IsNullOrEmpty(cleanReason) || cleanReason.Length > MaxCommentLength)
        {
            throw new ValidationException("Cần ghi rõ lý do mở lại phiếu chấm.", "reason");
        }

        Reopenings = [.. Reopenings, new SheetReopening(actingUserId, cleanReason, now, Total)];
        Status = ScoreSheetStatus.Draft;
        SubmittedAt = null;
        UpdatedAt = now;
    }

    /// <summary>What the result calculator takes from a submitted sheet.</summary>
    public JudgeScore ToJudgeScore()
    {
        if (Status != ScoreSheetStatus.Submitted || Total is not { } total)
        {
            throw new DomainException(JudgingErrorCodes.SheetNotSubmitted, "Chỉ phiếu chấm đã nộp mới được tính điểm.");
        }

        return new JudgeScore(EntryId, JudgeId, total, Scores.ToDictionary(s => s.Code, s => s.Points, StringComparer.Ordinal));
    }

    private static void EnsureOwnAssignment(Guid judgeId, Guid actingJudgeId)
    {
        if (judgeId != actingJudgeId)
        {
            throw new DomainException(JudgingErrorCodes.NotYourAssignment, "Phiếu chấm này không thuộc phân công của bạn.");
        }
    }

    private static void EnsureScoringPhase(PhasePermissions permissions)
    {
        if (!permissions.JudgesMayScore)
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Giai đoạn hiện tại của phong trào không cho phép chấm điểm.");
        }
    }

    private static string? CleanComment(string? comment, string field)
    {
        var clean = VietnameseText.Normalize(comment);
        if (clean is { Length: > MaxCommentLength })
        {
            throw new ValidationException($"Nhận xét không quá {MaxCommentLength} ký tự.", field);
        }

        return string.IsNullOrEmpty(clean) ? null : clean;
    }

    /// <summary>Checks every score against the rubric and returns them in rubric order with the total when complete.</summary>
    private static (IReadOnlyList<CriterionScore> Scores, decimal? Total) Validate(Rubric rubric, IReadOnlyList<CriterionScore> scores, bool requireAll)
    {
        var byCode = new Dictionary<string, CriterionScore>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            var code = score.Code?.Trim() ?? string.Empty;
            var criterion = rubric.Criteria.FirstOrDefault(c => c.Code == code)
                ?? throw new DomainException(JudgingErrorCodes.UnknownCriterion, $"Tiêu chí '{code}' không có trong thang điểm.", "scores");
            if (byCode.ContainsKey(code))
            {
                throw new DomainException(JudgingErrorCodes.UnknownCriterion, $"Tiêu chí {code} được chấm hai lần.", "scores");
            }

            if (score.Points < 0 || score.Points > criterion.MaxPoints)
            {
                throw new DomainException(
                    JudgingErrorCodes.ScoreOutOfRange, $"Điểm tiêu chí {code} phải từ 0 đến {criterion.MaxPoints}.", $"scores.{code}");
            }

            if (decimal.Round(score.Points, rubric.Precision) != score.Points)
            {
                throw new DomainException(
                    JudgingErrorCodes.ScoreTooPrecise, $"Điểm tiêu chí {code} chỉ được có tối đa {rubric.Precision} chữ số thập phân.", $"scores.{code}");
            }

            byCode[code] = score with { Code = code, Comment = CleanComment(score.Comment, $"scores.{code}") };
        }

        var missing = rubric.Criteria.Where(c => !byCode.ContainsKey(c.Code)).Select(c => c.Code).ToList();
        if (requireAll && missing.Count > 0)
        {
            throw new DomainException(JudgingErrorCodes.MissingCriterion, $"Chưa chấm tiêu chí: {string.Join(", ", missing)}.", "scores");
        }

        var ordered = rubric.Criteria.Where(c => byCode.ContainsKey(c.Code)).Select(c => byCode[c.Code]).ToList();
        return (ordered, missing.Count == 0 ? WeightedTotal(rubric, ordered) : null);
    }

    private void EnsureEditable(Guid actingJudgeId, PhasePermissions permissions)
    {
        EnsureOwnAssignment(JudgeId, actingJudgeId);
        if (Status == ScoreSheetStatus.Submitted)
        {
            throw new DomainException(JudgingErrorCodes.SheetAlreadySubmitted, "Phiếu chấm đã nộp và bị khoá; cần Chủ tịch hội đồng mở lại để sửa.");
        }

        EnsureScoringPhase(permissions);
    }

    private void Lock(DateTimeOffset now)
    {
        Status = ScoreSheetStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }
}
