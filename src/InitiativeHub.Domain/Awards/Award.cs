using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Awards;

/// <summary>
/// A proposed award of one tier to one entry's authors (or collective), and the leader's decision on it under a
/// numbered decision. Proposed awards are decided one by one, so partial approval is the normal case; a returned award
/// goes back to the organizers (who may propose the entry again), a rejected one is final, an approved one may later
/// be revoked with a reason.
/// </summary>
public sealed class Award
{
    public const int MaxReasonLength = 2000;

    private Award()
    {
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid TierId { get; private set; }

    public AwardeeKind AwardeeKind { get; private set; }

    /// <summary>The entry's raw score when proposed (what the list prints in the "Điểm" column).</summary>
    public decimal? Score { get; private set; }

    public int? Rank { get; private set; }

    public AwardStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public Guid ProposedBy { get; private set; }

    /// <summary>"12/QĐ-UBND" once decided.</summary>
    public string? DecisionNumber { get; private set; }

    /// <summary>The date the decision bears (its signing date, Vietnam calendar); <see cref="DecidedAt"/> is when it was recorded.</summary>
    public DateOnly? DecisionDate { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public Guid? DecidedBy { get; private set; }

    /// <summary>Why it was returned, rejected or revoked (an approval may carry a note).</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Keyset order of a campaign's awards: the order they were proposed in (tiers, then rank).</summary>
    public string SortKey { get; private set; } = string.Empty;

    public Guid? RevokedBy { get; private set; }

    /// <summary>Proposed and approved awards hold the achievement: no second award for it.</summary>
    public bool HoldsAchievement => Status is AwardStatus.Proposed or AwardStatus.Approved;

    public static Award Propose(Guid id, Guid campaignId, AwardCandidate candidate, Guid tierId, Guid proposedBy, DateTimeOffset now) => new()
    {
        Id = id,
        CampaignId = campaignId,
        EntryId = candidate.EntryId,
        TierId = tierId,
        AwardeeKind = candidate.AwardeeKind,
        Score = candidate.RawScore,
        Rank = candidate.Rank,
        Status = AwardStatus.Proposed,
        ProposedAt = now,
        ProposedBy = proposedBy,
        SortKey = id.ToString("N"),
    };

    /// <summary>Rebuilds a stored award.</summary>
    public static Award Restore(
        Guid id, Guid campaignId, Guid entryId, Guid tierId, AwardeeKind awardeeKind, decimal? score, int? rank, AwardStatus status,
        DateTimeOffset proposedAt, Guid proposedBy, string? decisionNumber, DateOnly? decisionDate, DateTimeOffset? decidedAt, Guid? decidedBy, string? reason,
        DateTimeOffset? revokedAt, Guid? revokedBy) => new()
    {
        Id = id,
        CampaignId = campaignId,
        EntryId = entryId,
        TierId = tierId,
        AwardeeKind = awardeeKind,
        Score = score,
        Rank = rank,
        Status = status,
        ProposedAt = proposedAt,
        ProposedBy = proposedBy,
        DecisionNumber = decisionNumber,
        DecisionDate = decisionDate,
        DecidedAt = decidedAt,
        DecidedBy = decidedBy,
        Reason = reason,
        RevokedAt = revokedAt,
        RevokedBy = revokedBy,
        SortKey = id.ToString("N"),
    };

    /// <summary>
    /// The leader's decision under <paramref name="number"/> dated <paramref name="date"/> (see <see cref="Awards.DecisionDate"/>).
    /// RETURN and REJECT need a reason; only a PROPOSED award is decided (a decided one stays as signed).
    /// </summary>
    public void Decide(AwardDecisionKind decision, string? reason, DecisionNumber number, DateOnly date, Guid leaderId, DateTimeOffset now)
    {
        if (Status != AwardStatus.Proposed)
        {
            throw new DomainException(AwardErrorCodes.AwardNotDecidable, "Chỉ quyết định được khen thưởng đang ở trạng thái đề nghị.", "decisions");
        }

        var clean = CleanReason(reason, required: decision != AwardDecisionKind.Approve);
        Status = decision switch
        {
            AwardDecisionKind.Approve => AwardStatus.Approved,
            AwardDecisionKind.Return => AwardStatus.Returned,
            AwardDecisionKind.Reject => AwardStatus.Rejected,
            _ => throw new ValidationException("Quyết định không hợp lệ.", "decisions"),
        };
        Reason = clean;
        DecisionNumber = number.ToString();
        DecisionDate = date;
        DecidedAt = now;
        DecidedBy = leaderId;
    }

    /// <summary>Withdraws an approved award (thu hồi) with a reason; the decision that granted it stays on record.</summary>
    public void Revoke(string? reason, Guid leaderId, DateTimeOffset now)
    {
        if (Status != AwardStatus.Approved)
        {
            throw new DomainException(AwardErrorCodes.AwardNotDecidable, "Chỉ thu hồi được khen thưởng đã được phê duyệt.", "awardId");
        }

        Reason = CleanReason(reason, required: true);
        Status = AwardStatus.Revoked;
        RevokedAt = now;
        RevokedBy = leaderId;
    }

    private static string? CleanReason(string? reason, bool required)
    {
        var clean = VietnameseText.Normalize(reason);
        if (string.IsNullOrEmpty(clean))
        {
            return required ? throw new ValidationException("Cần nêu lý do.", "reason") : null;
        }

        return clean.Length > MaxReasonLength
            ? throw new ValidationException($"Lý do không quá {MaxReasonLength} ký tự.", "reason")
            : clean;
    }
}
