using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// The council's vote on the proposed list. It passes when "yes" reaches the threshold of all members at the time the
/// vote opened (absent members count against). A secret ballot keeps only who has voted and the counts, never who
/// chose what, so nothing per member can leak from it.
/// </summary>
public sealed class PanelVote
{
    public const int MaxSubjectLength = 1000;

    private readonly Dictionary<Guid, VoteChoice> _openBallots = [];
    private readonly HashSet<Guid> _voted = [];
    private readonly HashSet<Guid> _present = [];
    private int _yes;
    private int _no;
    private int _abstain;

    private PanelVote(Guid id, Guid panelId, string subject, BallotKind kind, VoteThreshold threshold, IReadOnlyList<Guid> memberIds, DateTimeOffset openedAt)
    {
        Id = id;
        PanelId = panelId;
        Subject = subject;
        Kind = kind;
        Threshold = threshold;
        MemberIds = memberIds;
        OpenedAt = openedAt;
    }

    public Guid Id { get; }

    public Guid PanelId { get; }

    public string Subject { get; }

    public BallotKind Kind { get; }

    public VoteThreshold Threshold { get; }

    /// <summary>The panel's members when the vote opened: the base of the threshold.</summary>
    public IReadOnlyList<Guid> MemberIds { get; }

    public DateTimeOffset OpenedAt { get; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    /// <summary>Members recorded as present (anyone who votes is present).</summary>
    public IReadOnlyCollection<Guid> Present => _present.Order().ToList();

    /// <summary>Who has cast a ballot (public even in a secret ballot, as on a signed attendance list).</summary>
    public IReadOnlyCollection<Guid> Voted => _voted.Order().ToList();

    /// <summary>Each member's choice in an open vote; null for a secret ballot, which keeps none.</summary>
    public IReadOnlyDictionary<Guid, VoteChoice>? Ballots => Kind == BallotKind.Open ? new Dictionary<Guid, VoteChoice>(_openBallots) : null;

    public int RequiredYes => Threshold.RequiredYes(MemberIds.Count);

    public bool Passed => _yes >= RequiredYes;

    public VoteTally Tally => new(MemberIds.Count, _present.Count, _yes, _no, _abstain, MemberIds.Count - _voted.Count, RequiredYes, Passed);

    public static PanelVote Open(Guid id, Panel panel, string subject, BallotKind kind, VoteThreshold? threshold, DateTimeOffset now)
    {
        var clean = VietnameseText.Normalize(subject);
        if (string.IsNullOrEmpty(clean) || clean.Length > MaxSubjectLength)
        {
            throw new ValidationException($"Nội dung biểu quyết không được để trống và không quá {MaxSubjectLength} ký tự.", "subject");
        }

        return new PanelVote(id, panel.Id, clean, kind, threshold ?? VoteThreshold.TwoThirds, panel.Members.Select(m => m.UserId).ToList(), now);
    }

    /// <summary>Records members present at the meeting, for the minutes.</summary>
    public void RecordAttendance(IEnumerable<Guid> presentMemberIds)
    {
        EnsureOpen();
        var present = presentMemberIds.ToList();
        if (present.Any(m => !MemberIds.Contains(m)))
        {
            throw new DomainException(JudgingErrorCodes.NotPanelMember, "Người có mặt không phải thành viên hội đồng.", "present");
        }

        _present.UnionWith(present);
    }

    public void Cast(Guid memberId, VoteChoice choice)
    {
        EnsureOpen();
        if (!MemberIds.Contains(memberId))
        {
            throw new DomainException(JudgingErrorCodes.NotPanelMember, "Chỉ thành viên hội đồng được biểu quyết.");
        }

        if (_voted.Contains(memberId))
        {
            throw new DomainException(JudgingErrorCodes.AlreadyVoted, "Thành viên này đã biểu quyết.");
        }

        switch (choice)
        {
            case VoteChoice.Yes:
                _yes++;
                break;
            case VoteChoice.No:
                _no++;
                break;
            case VoteChoice.Abstain:
                _abstain++;
                break;
            default:
                throw new ValidationException("Lựa chọn biểu quyết không hợp lệ.", "choice");
        }

        _voted.Add(memberId);
        _present.Add(memberId);
        if (Kind == BallotKind.Open)
        {
            _openBallots[memberId] = choice;
        }
    }

    /// <summary>
    /// A secret ballot as counted from the box: who put in a ballot (they are present) and the counts, which must add up
    /// to the ballots cast. Nothing links a member to a choice.
    /// </summary>
    public void RecordSecretCount(IReadOnlyCollection<Guid> votedMemberIds, int yes, int no, int abstain)
    {
        EnsureOpen();
        if (Kind != BallotKind.Secret)
        {
            throw new ValidationException("Biểu quyết công khai ghi lựa chọn của từng thành viên, không ghi số phiếu.", "ballots");
        }

        if (_voted.Count > 0)
        {
            throw new DomainException(JudgingErrorCodes.AlreadyVoted, "Kết quả kiểm phiếu đã được ghi.");
        }

        var voted = votedMemberIds.Distinct().ToList();
        if (voted.Any(m => !MemberIds.Contains(m)))
        {
            throw new DomainException(JudgingErrorCodes.NotPanelMember, "Chỉ thành viên hội đồng được bỏ phiếu.", "votedMemberIds");
        }

        if (yes < 0 || no < 0 || abstain < 0 || yes + no + abstain != voted.Count)
        {
            throw new ValidationException("Tổng số phiếu đồng ý, không đồng ý và không biểu quyết phải bằng số thành viên đã bỏ phiếu.", "yes");
        }

        _voted.UnionWith(voted);
        _present.UnionWith(voted);
        _yes = yes;
        _no = no;
        _abstain = abstain;
    }

    public void Close(DateTimeOffset now)
    {
        EnsureOpen();
        ClosedAt = now;
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException(JudgingErrorCodes.VoteClosed, "Cuộc biểu quyết đã kết thúc.");
        }
    }
}
