using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class ScoreSheetTests
{
    private static readonly Panel Council = NewPanel(1, Judges(1, 3));
    private static readonly Rubric Rubric = NewRubric();

    [Fact]
    public void Submit_ValidScores_TotalIsPointsTimesWeights()
    {
        // 27.25 × 1.5 + 31.5 × 1 + 20 × 0.5 = 40.875 + 31.5 + 10 = 82.375 (kept exact, not rounded).
        var sheet = Start();
        sheet.Submit(Rubric, Scores(27.25m, 31.5m, 20), "Giải pháp có tính mới rõ.", Judge(2), JudgingPhase, Now);

        Assert.Equal(ScoreSheetStatus.Submitted, sheet.Status);
        Assert.Equal(82.375m, sheet.Total);
        Assert.Equal(Now, sheet.SubmittedAt);
        Assert.Equal("Giải pháp có tính mới rõ.", sheet.Comment);
    }

    [Fact]
    public void RunningTotal_PartialScores_WeighsOnlyThoseGiven()
    {
        // NOVELTY 27.25 × 1.5 + SCOPE 20 × 0.5 = 40.875 + 10; EFFECT not scored yet.
        Assert.Equal(50.875m, ScoreSheet.RunningTotal(Rubric, [new("NOVELTY", 27.25m), new("SCOPE", 20)]));
        Assert.Equal(0m, ScoreSheet.RunningTotal(Rubric, []));
    }

    [Fact]
    public void RunningTotal_EveryCriterion_EqualsTheSubmittedTotal()
    {
        var scores = Scores(27.25m, 31.5m, 20);
        var sheet = Start();
        sheet.Submit(Rubric, scores, null, Judge(2), JudgingPhase, Now);
        Assert.Equal(sheet.Total, ScoreSheet.RunningTotal(Rubric, scores));
        Assert.Equal(ScoreSheet.WeightedTotal(Rubric, scores), ScoreSheet.RunningTotal(Rubric, scores));
    }

    [Fact]
    public void RunningTotal_UnknownCode_CountsForNothing() =>
        Assert.Equal(30m, ScoreSheet.RunningTotal(Rubric, [new("EFFECT", 30), new("OTHER", 99)]));

    [Fact]
    public void Submit_ScoresInAnyOrder_AreKeptInRubricOrder()
    {
        var sheet = Start();
        sheet.Submit(Rubric, [new("SCOPE", 10), new("NOVELTY", 20, " Khá "), new("EFFECT", 30)], null, Judge(2), JudgingPhase, Now);
        Assert.Equal(["NOVELTY", "EFFECT", "SCOPE"], sheet.Scores.Select(s => s.Code));
        Assert.Equal("Khá", sheet.Scores[0].Comment);
        Assert.Equal(65m, sheet.Total); // 30 + 30 + 5
    }

    [Fact]
    public void Submit_ZeroAndExactMaximum_AreAccepted()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(30, 0, 30), null, Judge(2), JudgingPhase, Now);
        Assert.Equal(60m, sheet.Total); // 45 + 0 + 15
    }

    [Theory]
    [InlineData(30.01)]
    [InlineData(-0.5)]
    public void Submit_OutsideZeroToMaximum_IsScoreOutOfRangeAndChangesNothing(decimal novelty)
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() => sheet.Submit(Rubric, Scores(novelty, 30, 20), null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.ScoreOutOfRange, error.Code);
        Assert.Equal("scores.NOVELTY", error.Field);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Submit_ThreeDecimalsWithPrecisionTwo_IsScoreTooPrecise()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() => sheet.Submit(Rubric, Scores(27.255m, 30, 20), null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.ScoreTooPrecise, error.Code);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Submit_TrailingZerosBeyondPrecision_AreAccepted()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(27.2500m, 30, 20), null, Judge(2), JudgingPhase, Now);
        Assert.Equal(27.25m, sheet.Scores[0].Points);
    }

    [Fact]
    public void Submit_HalfPointWithPrecisionZero_IsScoreTooPrecise()
    {
        var sheet = Start();
        var wholePoints = NewRubric(precision: 0);
        var error = Assert.Throws<DomainException>(() => sheet.Submit(wholePoints, Scores(27.5m, 30, 20), null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.ScoreTooPrecise, error.Code);
    }

    [Fact]
    public void Submit_MissingCriterion_IsMissingCriterionAndChangesNothing()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() =>
            sheet.Submit(Rubric, [new("NOVELTY", 20), new("EFFECT", 30)], null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.MissingCriterion, error.Code);
        Assert.Contains("SCOPE", error.Message, StringComparison.Ordinal);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Submit_UnknownCriterion_IsUnknownCriterion()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() =>
            sheet.Submit(Rubric, [.. Scores(20, 30, 20), new("BUDGET", 5)], null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.UnknownCriterion, error.Code);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Submit_SameCriterionTwice_IsRefused()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() =>
            sheet.Submit(Rubric, [.. Scores(20, 30, 20), new("NOVELTY", 21)], null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.UnknownCriterion, error.Code);
    }

    [Fact]
    public void Submit_SecondTime_IsSheetAlreadySubmittedAndKeepsTheFirst()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        var error = Assert.Throws<DomainException>(() => sheet.Submit(Rubric, Scores(30, 40, 30), null, Judge(2), JudgingPhase, Now.AddHours(1)));

        Assert.Equal(JudgingErrorCodes.SheetAlreadySubmitted, error.Code);
        Assert.Equal(70m, sheet.Total); // 30 + 30 + 10
        Assert.Equal(Now, sheet.SubmittedAt);
    }

    [Fact]
    public void SaveDraft_AfterSubmit_IsSheetAlreadySubmitted()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        var error = Assert.Throws<DomainException>(() => sheet.SaveDraft(Rubric, Scores(1, 1, 1), null, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.SheetAlreadySubmitted, error.Code);
    }

    [Fact]
    public void SaveDraft_Partial_KeepsScoresWithoutTotalThenSubmitNeedsTheRest()
    {
        var sheet = Start();
        sheet.SaveDraft(Rubric, [new("NOVELTY", 24)], "Đang chấm", Judge(2), JudgingPhase, Now);
        Assert.Null(sheet.Total);
        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);

        var error = Assert.Throws<DomainException>(() => sheet.Submit(Rubric, Judge(2), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.MissingCriterion, error.Code);

        sheet.SaveDraft(Rubric, Scores(24, 32, 18), "Đã chấm xong", Judge(2), JudgingPhase, Now);
        sheet.Submit(Rubric, Judge(2), JudgingPhase, Now.AddMinutes(5));
        Assert.Equal(77m, sheet.Total); // 36 + 32 + 9
        Assert.Equal(Now.AddMinutes(5), sheet.SubmittedAt);
    }

    [Fact]
    public void SaveDraft_InvalidScore_KeepsThePreviousDraft()
    {
        var sheet = Start();
        sheet.SaveDraft(Rubric, [new("NOVELTY", 24)], "Nháp", Judge(2), JudgingPhase, Now);
        Assert.Throws<DomainException>(() => sheet.SaveDraft(Rubric, [new("NOVELTY", 25), new("EFFECT", 41)], "Khác", Judge(2), JudgingPhase, Now));
        Assert.Equal(24m, Assert.Single(sheet.Scores).Points);
        Assert.Equal("Nháp", sheet.Comment);
    }

    [Fact]
    public void SaveDraft_CommentTooLong_IsRefused()
    {
        var sheet = Start();
        var error = Assert.Throws<ValidationException>(() =>
            sheet.SaveDraft(Rubric, [], new string('a', ScoreSheet.MaxCommentLength + 1), Judge(2), JudgingPhase, Now));
        Assert.Equal("comment", error.Field);
    }

    [Fact]
    public void Start_ForSomeoneElsesAssignment_IsNotYourAssignment()
    {
        var error = Assert.Throws<DomainException>(() => ScoreSheet.Start(Guid.NewGuid(), Assignment(), Judge(3), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.NotYourAssignment, error.Code);
    }

    [Fact]
    public void Submit_BySomeoneElse_IsNotYourAssignmentAndChangesNothing()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() => sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(3), JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.NotYourAssignment, error.Code);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Submit_OutsideTheJudgingPhase_IsWrongPhase()
    {
        var sheet = Start();
        var error = Assert.Throws<DomainException>(() =>
            sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), PhasePermissions.For(CampaignPhase.Deliberation), Now));
        Assert.Equal(ErrorCodes.WrongPhase, error.Code);
        AssertUntouched(sheet);
    }

    [Fact]
    public void Reopen_ByTheChair_ReturnsToDraftAndRecordsWhoAndWhy()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);

        sheet.Reopen(Council, Judge(1), " Chênh lệch 35 điểm so với các thành viên khác. ", JudgingPhase, Now.AddHours(2));

        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
        Assert.Null(sheet.SubmittedAt);
        var reopening = Assert.Single(sheet.Reopenings);
        Assert.Equal(new SheetReopening(Judge(1), "Chênh lệch 35 điểm so với các thành viên khác.", Now.AddHours(2), 70m), reopening);

        // The judge corrects and resubmits; the audit trail stays.
        sheet.SaveDraft(Rubric, Scores(25, 30, 20), null, Judge(2), JudgingPhase, Now.AddHours(3));
        sheet.Submit(Rubric, Judge(2), JudgingPhase, Now.AddHours(3));
        Assert.Equal(77.5m, sheet.Total); // 37.5 + 30 + 10
        Assert.Single(sheet.Reopenings);
    }

    [Fact]
    public void Reopen_ByAMemberWhoIsNotChair_IsForbidden()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        Assert.Throws<ForbiddenException>(() => sheet.Reopen(Council, Judge(3), "Lý do", JudgingPhase, Now));
        Assert.Equal(ScoreSheetStatus.Submitted, sheet.Status);
    }

    [Fact]
    public void Reopen_ByTheChairOfAnotherPanel_IsForbidden()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        var other = NewPanel(2, Judges(1, 3));
        Assert.Throws<ForbiddenException>(() => sheet.Reopen(other, Judge(1), "Lý do", JudgingPhase, Now));
    }

    [Fact]
    public void Reopen_ADraft_IsSheetNotSubmitted()
    {
        var error = Assert.Throws<DomainException>(() => Start().Reopen(Council, Judge(1), "Lý do", JudgingPhase, Now));
        Assert.Equal(JudgingErrorCodes.SheetNotSubmitted, error.Code);
    }

    [Fact]
    public void Reopen_WithoutReason_IsRefused()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        var error = Assert.Throws<ValidationException>(() => sheet.Reopen(Council, Judge(1), "  ", JudgingPhase, Now));
        Assert.Equal("reason", error.Field);
        Assert.Equal(ScoreSheetStatus.Submitted, sheet.Status);
        Assert.Empty(sheet.Reopenings);
    }

    [Fact]
    public void ToJudgeScore_Draft_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => Start().ToJudgeScore());
        Assert.Equal(JudgingErrorCodes.SheetNotSubmitted, error.Code);
    }

    [Fact]
    public void ToJudgeScore_Submitted_CarriesTotalAndPoints()
    {
        var sheet = Start();
        sheet.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        var score = sheet.ToJudgeScore();
        Assert.Equal(70m, score.Total);
        Assert.Equal(30m, score.Points["EFFECT"]);
        Assert.Equal((Entry(1), Judge(2)), (score.EntryId, score.JudgeId));
    }

    private static Assignment Assignment() => new(Entry(1), Judge(2), Council.Id);

    private static ScoreSheet Start() => ScoreSheet.Start(Guid.NewGuid(), Assignment(), Judge(2), JudgingPhase, Now);

    private static void AssertUntouched(ScoreSheet sheet)
    {
        Assert.Equal(ScoreSheetStatus.Draft, sheet.Status);
        Assert.Empty(sheet.Scores);
        Assert.Null(sheet.Total);
        Assert.Null(sheet.SubmittedAt);
    }
}
