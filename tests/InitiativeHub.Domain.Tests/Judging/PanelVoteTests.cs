using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class PanelVoteTests
{
    [Theory]
    [InlineData(5, 4, true)] // ⌈2/3 × 5⌉ = ⌈3.33⌉ = 4
    [InlineData(5, 3, false)]
    [InlineData(9, 6, true)] // ⌈2/3 × 9⌉ = 6
    [InlineData(9, 5, false)]
    [InlineData(7, 5, true)] // ⌈4.67⌉ = 5
    [InlineData(7, 4, false)]
    [InlineData(3, 2, true)] // ⌈2⌉ = 2
    public void Passed_TwoThirdsOfAllMembers_NeedsCeilingOfTwoThirds(int members, int yes, bool passes)
    {
        var vote = Open(members, BallotKind.Open);
        for (var i = 1; i <= members; i++)
        {
            vote.Cast(Judge(i), i <= yes ? VoteChoice.Yes : VoteChoice.No);
        }

        Assert.Equal(passes, vote.Passed);
        Assert.Equal(passes, vote.Tally.Passed);
    }

    [Fact]
    public void Passed_AllPresentVoteYesButTooFewPresent_Fails()
    {
        // 5 members, 3 present and all in favour: 100% of those present, but 3 < 4 of all members.
        var vote = Open(5, BallotKind.Open);
        vote.RecordAttendance([Judge(1), Judge(2), Judge(3)]);
        foreach (var member in new[] { Judge(1), Judge(2), Judge(3) })
        {
            vote.Cast(member, VoteChoice.Yes);
        }

        vote.Close(Now);
        Assert.False(vote.Passed);
        Assert.Equal(new VoteTally(5, 3, 3, 0, 0, 2, 4, false), vote.Tally);
    }

    [Fact]
    public void Passed_AbstentionsCountAgainst()
    {
        var vote = Open(5, BallotKind.Open);
        vote.Cast(Judge(1), VoteChoice.Yes);
        vote.Cast(Judge(2), VoteChoice.Yes);
        vote.Cast(Judge(3), VoteChoice.Yes);
        vote.Cast(Judge(4), VoteChoice.Abstain);
        vote.Cast(Judge(5), VoteChoice.Abstain);
        Assert.False(vote.Passed);
        Assert.Equal(2, vote.Tally.Abstain);
    }

    [Theory]
    [InlineData(6, 3)] // ⌈1/2 × 6⌉ = 3
    [InlineData(5, 3)] // ⌈2.5⌉ = 3
    public void RequiredYes_ConfiguredHalf_IsCeilingOfHalf(int members, int required)
    {
        var vote = PanelVote.Open(Guid.NewGuid(), NewPanel(1, Judges(1, members)), "Danh sách đề nghị", BallotKind.Open, VoteThreshold.Of(1, 2), Now);
        Assert.Equal(required, vote.RequiredYes);
    }

    [Fact]
    public void RequiredYes_WholeCouncilIncludingNonScoringSecretary()
    {
        var panel = Panel.Create(
            PanelId(1), CampaignId, Categories(1), "Hội đồng", null,
            [new(Judge(1), PanelRole.Chair), new(Judge(2), PanelRole.ViceChair), new(Judge(3), PanelRole.Secretary, false), new(Judge(4), PanelRole.Member)]);
        var vote = PanelVote.Open(Guid.NewGuid(), panel, "Danh sách đề nghị", BallotKind.Open, null, Now);
        Assert.Equal(3, vote.RequiredYes); // ⌈2/3 × 4⌉ = ⌈2.67⌉ = 3
        vote.Cast(Judge(3), VoteChoice.Yes);
        Assert.Equal(1, vote.Tally.Yes);
    }

    [Fact]
    public void Ballots_SecretBallot_ExposesCountsButNoOnesChoice()
    {
        var vote = Open(5, BallotKind.Secret);
        vote.Cast(Judge(1), VoteChoice.Yes);
        vote.Cast(Judge(2), VoteChoice.No);
        vote.Cast(Judge(3), VoteChoice.Yes);

        Assert.Null(vote.Ballots);
        Assert.Equal(new VoteTally(5, 3, 2, 1, 0, 2, 4, false), vote.Tally);
        Assert.Equal([Judge(1), Judge(2), Judge(3)], vote.Voted);
    }

    [Fact]
    public void Ballots_OpenVote_RecordsEachMembersChoice()
    {
        var vote = Open(3, BallotKind.Open);
        vote.Cast(Judge(1), VoteChoice.Yes);
        vote.Cast(Judge(2), VoteChoice.No);
        Assert.Equal(VoteChoice.No, vote.Ballots![Judge(2)]);
        Assert.Equal(2, vote.Ballots.Count);
    }

    [Fact]
    public void Cast_Twice_IsAlreadyVoted()
    {
        var vote = Open(5, BallotKind.Secret);
        vote.Cast(Judge(1), VoteChoice.No);
        var error = Assert.Throws<DomainException>(() => vote.Cast(Judge(1), VoteChoice.Yes));
        Assert.Equal(JudgingErrorCodes.AlreadyVoted, error.Code);
        Assert.Equal((0, 1), (vote.Tally.Yes, vote.Tally.No));
    }

    [Fact]
    public void Cast_ByNonMember_IsNotPanelMember()
    {
        var error = Assert.Throws<DomainException>(() => Open(5, BallotKind.Open).Cast(Judge(9), VoteChoice.Yes));
        Assert.Equal(JudgingErrorCodes.NotPanelMember, error.Code);
    }

    [Fact]
    public void Cast_AfterClose_IsVoteClosed()
    {
        var vote = Open(5, BallotKind.Open);
        vote.Close(Now);
        var error = Assert.Throws<DomainException>(() => vote.Cast(Judge(1), VoteChoice.Yes));
        Assert.Equal(JudgingErrorCodes.VoteClosed, error.Code);
        Assert.True(vote.IsClosed);
    }

    [Fact]
    public void RecordAttendance_NonMember_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Open(5, BallotKind.Open).RecordAttendance([Judge(1), Judge(8)]));
        Assert.Equal(JudgingErrorCodes.NotPanelMember, error.Code);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(0, 3)]
    [InlineData(1, 0)]
    public void Of_FractionOutsideZeroToOne_IsRefused(int numerator, int denominator) =>
        Assert.Throws<ValidationException>(() => VoteThreshold.Of(numerator, denominator));

    [Fact]
    public void Open_BlankSubject_IsRefused() =>
        Assert.Throws<ValidationException>(() => PanelVote.Open(Guid.NewGuid(), NewPanel(1, Judges(1, 3)), " ", BallotKind.Open, null, Now));

    private static PanelVote Open(int members, BallotKind kind) =>
        PanelVote.Open(Guid.NewGuid(), NewPanel(1, Judges(1, members)), "Thông qua danh sách đề nghị công nhận sáng kiến năm 2026", kind, null, Now);

    [Fact]
    public void RecordSecretCount_CountsFromTheBox_PassWithoutAnyChoiceOnRecord()
    {
        // 7 members, 6 put a ballot in the box: 5 yes, 1 no; ⌈2/3 × 7⌉ = 5 → passes; the seventh counts as not voted.
        var vote = Open(7, BallotKind.Secret);
        vote.RecordSecretCount([Judge(1), Judge(2), Judge(3), Judge(4), Judge(5), Judge(6)], 5, 1, 0);

        Assert.True(vote.Passed);
        Assert.Equal(new VoteTally(7, 6, 5, 1, 0, 1, 5, true), vote.Tally);
        Assert.Null(vote.Ballots);
    }

    [Fact]
    public void RecordSecretCount_CountsNotAddingUpOrOnAnOpenBallotOrTwice_Refused()
    {
        var secret = Open(5, BallotKind.Secret);
        var open = Open(5, BallotKind.Open);

        Assert.Equal("VALIDATION", Assert.Throws<ValidationException>(() => secret.RecordSecretCount([Judge(1), Judge(2)], 2, 1, 0)).Code);
        Assert.Equal("VALIDATION", Assert.Throws<ValidationException>(() => open.RecordSecretCount([Judge(1)], 1, 0, 0)).Code);
        secret.RecordSecretCount([Judge(1), Judge(2), Judge(3), Judge(4)], 4, 0, 0);
        Assert.Equal(JudgingErrorCodes.AlreadyVoted, Assert.Throws<DomainException>(() => secret.RecordSecretCount([Judge(5)], 1, 0, 0)).Code);
        Assert.Equal(JudgingErrorCodes.NotPanelMember, Assert.Throws<DomainException>(() => Open(3, BallotKind.Secret).RecordSecretCount([Judge(9)], 1, 0, 0)).Code);
    }
}
