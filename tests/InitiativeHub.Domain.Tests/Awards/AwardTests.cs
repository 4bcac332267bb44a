using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Awards;

public sealed class AwardTests
{
    private static readonly Guid Leader = Id(6, 1);
    private static readonly Guid Organizer = Id(6, 2);
    private static readonly DateOnly Signed = new(2026, 5, 29);
    private static readonly AwardTier First = new(Id(7, 1), "Giải Nhất", AwardForm.CertificateOfMerit, 1, 90m);
    private static readonly AwardTier Second = new(Id(7, 2), "Giải Nhì", AwardForm.CertificateOfMerit, 2, 80m);
    private static readonly AwardTier Encouragement = new(Id(7, 3), "Giải Khuyến khích", AwardForm.CertificateOfMerit, null, null);

    private static AwardCandidate Candidate(int n, decimal? score, bool passed = true, AwardeeKind kind = AwardeeKind.Individual, Guid? duplicateOf = null) =>
        new(Entry(n), kind, [Id(8, n)], duplicateOf, score, passed && score is not null, score is null ? null : n);

    private static ProposalResult Propose(IReadOnlyList<AwardTier> tiers, IReadOnlyList<AwardCandidate> ranking, IReadOnlyCollection<Award>? existing = null, IReadOnlySet<Guid>? holds = null)
    {
        var next = 0;
        return AwardProposal.Propose(CampaignId, tiers, ranking, existing ?? [], holds ?? new HashSet<Guid>(), () => Id(9, 100 + ++next), Organizer, Now);
    }

    [Fact]
    public void Propose_FillsTiersInOrderByRankWithinQuotasAndMinimums()
    {
        var ranking = new[] { Candidate(1, 95m), Candidate(2, 91m), Candidate(3, 85m), Candidate(4, 79m), Candidate(5, 60m, passed: false), Candidate(6, null) };

        var result = Propose([First, Second, Encouragement], ranking);

        // Nhất: quota 1 → entry 1. Nhì: quota 2, minimum 80 → entries 2 and 3. Khuyến khích: no quota, no minimum, only passing ones → 4.
        Assert.Equal(
            [(Entry(1), First.Id), (Entry(2), Second.Id), (Entry(3), Second.Id), (Entry(4), Encouragement.Id)],
            result.Awards.Select(a => (a.EntryId, a.TierId)).ToList());
        Assert.All(result.Awards, a => Assert.Equal(AwardStatus.Proposed, a.Status));
        Assert.Equal(95m, result.Awards[0].Score);
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Propose_MinimumNotReached_TierStaysShortRatherThanTakingLowerScores()
    {
        var result = Propose([First, Second], [Candidate(1, 89m), Candidate(2, 70m)]);

        // 89 < 90 for Nhất, so entry 1 goes to Nhì; entry 2 is below Nhì's 80.
        var award = Assert.Single(result.Awards);
        Assert.Equal((Entry(1), Second.Id), (award.EntryId, award.TierId));
    }

    [Fact]
    public void Propose_AgainAfterProposals_DoesNotAwardAnEntryTwiceAndCountsTakenQuota()
    {
        var first = Propose([First, Second], [Candidate(1, 95m), Candidate(2, 91m), Candidate(3, 85m), Candidate(4, 84m)]);

        var ex = Assert.Throws<DomainException>(() =>
            Propose([First, Second], [Candidate(1, 95m), Candidate(2, 91m), Candidate(3, 85m), Candidate(4, 84m)], first.Awards));
        Assert.Equal(AwardErrorCodes.NothingToPropose, ex.Code);
    }

    [Fact]
    public void Propose_ReturnedAwardFreesItsPlace()
    {
        var first = Propose([First], [Candidate(1, 95m), Candidate(2, 93m)]);
        first.Awards[0].Decide(AwardDecisionKind.Return, "Bổ sung minh chứng hiệu quả.", DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now);

        var again = Propose([First], [Candidate(1, 95m), Candidate(2, 93m)], first.Awards);

        Assert.Equal(Entry(1), Assert.Single(again.Awards).EntryId);
    }

    [Fact]
    public void Propose_DuplicateOfAnAwardedEntry_IsSkippedAndTheNextTakesThePlace()
    {
        var earlier = Propose([Encouragement], [Candidate(9, 80m)]).Awards;
        var ranking = new[] { Candidate(1, 95m, duplicateOf: Entry(9)), Candidate(2, 93m) };

        var result = Propose([First with { MinimumScore = null }], ranking, earlier);

        Assert.Equal(Entry(2), Assert.Single(result.Awards).EntryId);
        Assert.Equal(new ProposalSkip(Entry(1), ProposalSkipReason.AlreadyAwarded), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Propose_AwardeeOnHold_IsSkipped()
    {
        var result = Propose([First with { MinimumScore = null }], [Candidate(1, 95m), Candidate(2, 93m)], holds: new HashSet<Guid> { Id(8, 1) });

        Assert.Equal(Entry(2), Assert.Single(result.Awards).EntryId);
        Assert.Equal(new ProposalSkip(Entry(1), ProposalSkipReason.AwardeeOnHold), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Propose_CollectiveKeepsItsKind()
    {
        var result = Propose([Encouragement], [Candidate(1, 95m, kind: AwardeeKind.Collective)]);

        Assert.Equal(AwardeeKind.Collective, Assert.Single(result.Awards).AwardeeKind);
    }

    [Fact]
    public void Propose_NoTiersOrNoPassingEntry_NothingToPropose()
    {
        Assert.Equal(AwardErrorCodes.NothingToPropose, Assert.Throws<DomainException>(() => Propose([], [Candidate(1, 95m)])).Code);
        Assert.Equal(AwardErrorCodes.NothingToPropose, Assert.Throws<DomainException>(() => Propose([First], [Candidate(1, 95m, passed: false)])).Code);
    }

    [Fact]
    public void Decide_PartialApproval_EachAwardCarriesTheDecision()
    {
        var awards = Propose([Encouragement], [Candidate(1, 95m), Candidate(2, 90m), Candidate(3, 85m)]).Awards;
        var number = DecisionNumber.Parse("12/QĐ-UBND");

        awards[0].Decide(AwardDecisionKind.Approve, null, number, Signed, Leader, Now);
        awards[1].Decide(AwardDecisionKind.Return, "Thiếu xác nhận hiệu quả áp dụng.", number, Signed, Leader, Now);
        awards[2].Decide(AwardDecisionKind.Reject, "Không đủ điều kiện.", number, Signed, Leader, Now);

        Assert.Equal([AwardStatus.Approved, AwardStatus.Returned, AwardStatus.Rejected], awards.Select(a => a.Status).ToList());
        Assert.All(awards, a => Assert.Equal(("12/QĐ-UBND", Signed, Leader, Now), (a.DecisionNumber, a.DecisionDate!.Value, a.DecidedBy!.Value, a.DecidedAt!.Value)));
        Assert.Equal("Thiếu xác nhận hiệu quả áp dụng.", awards[1].Reason);
        Assert.Null(awards[0].Reason);
    }

    [Theory]
    [InlineData(AwardDecisionKind.Return)]
    [InlineData(AwardDecisionKind.Reject)]
    public void Decide_ReturnOrRejectWithoutReason_IsRefusedAndNothingChanges(AwardDecisionKind decision)
    {
        var award = Propose([Encouragement], [Candidate(1, 95m)]).Awards[0];

        var ex = Assert.Throws<ValidationException>(() => award.Decide(decision, "  ", DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now));

        Assert.Equal("reason", ex.Field);
        Assert.Equal(AwardStatus.Proposed, award.Status);
        Assert.Null(award.DecisionNumber);
        Assert.Null(award.DecisionDate);
    }

    [Fact]
    public void DecisionDate_NoneChosen_IsTodayInVietnam()
    {
        Assert.Equal(new DateOnly(2026, 6, 1), DecisionDate.Resolve(null, new DateOnly(2026, 6, 1), new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData("2026-06-01")]
    [InlineData("2026-03-01")]
    [InlineData("2026-04-15")]
    public void DecisionDate_FromTheCampaignOpeningToToday_IsKept(string chosen)
    {
        var date = DateOnly.Parse(chosen, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(date, DecisionDate.Resolve(date, new DateOnly(2026, 6, 1), new DateOnly(2026, 3, 1)));
    }

    [Theory]
    [InlineData("2026-06-02", "sau hôm nay (01/06/2026)")]
    [InlineData("2026-02-28", "trước ngày phong trào mở (01/03/2026)")]
    public void DecisionDate_AfterTodayOrBeforeTheCampaignOpened_IsRefusedOnItsField(string chosen, string says)
    {
        var date = DateOnly.Parse(chosen, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<ValidationException>(() => DecisionDate.Resolve(date, new DateOnly(2026, 6, 1), new DateOnly(2026, 3, 1)));

        Assert.Equal((ErrorCodes.Validation, "decisionDate"), (ex.Code, ex.Field));
        Assert.Contains(says, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_AlreadyDecided_IsRefused()
    {
        var award = Propose([Encouragement], [Candidate(1, 95m)]).Awards[0];
        award.Decide(AwardDecisionKind.Approve, null, DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now);

        var ex = Assert.Throws<DomainException>(() => award.Decide(AwardDecisionKind.Reject, "Đổi ý", DecisionNumber.Parse("13/QĐ-UBND"), Signed, Leader, Now));

        Assert.Equal(AwardErrorCodes.AwardNotDecidable, ex.Code);
        Assert.Equal(("12/QĐ-UBND", AwardStatus.Approved), (award.DecisionNumber, award.Status));
    }

    [Fact]
    public void Revoke_OnlyApprovedAndWithAReason()
    {
        var awards = Propose([Encouragement], [Candidate(1, 95m), Candidate(2, 90m)]).Awards;
        Assert.Equal(AwardErrorCodes.AwardNotDecidable, Assert.Throws<DomainException>(() => awards[1].Revoke("Sai sót", Leader, Now)).Code);
        awards[0].Decide(AwardDecisionKind.Approve, null, DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now);
        Assert.Throws<ValidationException>(() => awards[0].Revoke(null, Leader, Now));

        awards[0].Revoke("Phát hiện sáng kiến đã được công nhận trước đó.", Leader, Now.AddDays(3));

        Assert.Equal(AwardStatus.Revoked, awards[0].Status);
        Assert.Equal("12/QĐ-UBND", awards[0].DecisionNumber);
        Assert.Equal((Leader, Now.AddDays(3)), (awards[0].RevokedBy!.Value, awards[0].RevokedAt!.Value));
        Assert.False(awards[0].HoldsAchievement);
    }

    [Fact]
    public void AwardedEntries_AfterDecisions_OnlyApproved_AndPendingBlocksPublication()
    {
        var awards = Propose([Encouragement], [Candidate(1, 95m), Candidate(2, 90m)]).Awards;
        Assert.Equal(AwardErrorCodes.AwardsPending, Assert.Throws<DomainException>(() => AwardProposal.AwardedEntries(awards)).Code);

        awards[0].Decide(AwardDecisionKind.Approve, null, DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now);
        awards[1].Decide(AwardDecisionKind.Return, "Bổ sung", DecisionNumber.Parse("12/QĐ-UBND"), Signed, Leader, Now);

        Assert.Equal(new HashSet<Guid> { Entry(1) }, AwardProposal.AwardedEntries(awards));
    }

    [Theory]
    [InlineData("12/QĐ-UBND", 12, "QĐ-UBND")]
    [InlineData(" 012 / QĐ - ubnd ", 12, "QĐ-UBND")]
    [InlineData("345/QĐ-UBND-VP", 345, "QĐ-UBND-VP")]
    [InlineData("7/QĐ-SKHCN", 7, "QĐ-SKHCN")]
    public void DecisionNumber_Parse_NormalizesTheOfficialForm(string text, int number, string symbol)
    {
        var parsed = DecisionNumber.Parse(text);

        Assert.Equal((number, symbol), (parsed.Number, parsed.Symbol));
        Assert.Equal($"{number}/{symbol}", parsed.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("UBND")]
    [InlineData("0/QĐ-UBND")]
    [InlineData("12/CV-UBND")]
    [InlineData("12/QĐ-")]
    [InlineData("12-QĐ-UBND")]
    public void DecisionNumber_Parse_RefusesOtherForms(string text) =>
        Assert.Equal("decisionNumber", Assert.Throws<ValidationException>(() => DecisionNumber.Parse(text)).Field);
}
