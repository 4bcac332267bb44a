using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class ScoreSheetVisibilityTests
{
    private static readonly Panel Council = NewPanel(1, Judges(1, 4));
    private static readonly Rubric Rubric = NewRubric();

    [Fact]
    public void VisibleTo_BeforeSubmittingOwn_OnlyOwnSheet()
    {
        var (mine, other, _) = Sheets(submitMine: false);
        var visible = ScoreSheetVisibility.VisibleTo(Judge(1), Entry(1), [mine, other], JudgingPhase, []);
        Assert.Equal([mine], visible);
        Assert.False(ScoreSheetVisibility.CanSeeOthers(Judge(1), Entry(1), [mine, other], JudgingPhase, []));
    }

    [Fact]
    public void VisibleTo_AfterSubmittingOwn_OthersSubmittedSheetsButNotDrafts()
    {
        var (mine, other, draft) = Sheets(submitMine: true);
        var visible = ScoreSheetVisibility.VisibleTo(Judge(1), Entry(1), [mine, other, draft], JudgingPhase, []);
        Assert.Equal([mine, other], visible);
    }

    [Fact]
    public void VisibleTo_PhaseWithoutSeeingOthers_OnlyOwnSheet()
    {
        var (mine, other, _) = Sheets(submitMine: true);
        var closed = JudgingPhase with { JudgesSeeOtherSheetsAfterOwn = false };
        Assert.Equal([mine], ScoreSheetVisibility.VisibleTo(Judge(1), Entry(1), [mine, other], closed, []));
    }

    [Fact]
    public void VisibleTo_ConflictedJudge_SeesNothing()
    {
        var (mine, other, _) = Sheets(submitMine: true);
        var conflict = ConflictOfInterest.Declare(Judge(1), Entry(1), "Người thân của tác giả.");
        Assert.Empty(ScoreSheetVisibility.VisibleTo(Judge(1), Entry(1), [mine, other], JudgingPhase, [conflict]));
    }

    [Fact]
    public void VisibleTo_AfterReopen_OthersHiddenAgain()
    {
        var (mine, other, _) = Sheets(submitMine: true);
        mine.Reopen(Council, Judge(1), "Chủ tịch tự xem lại phiếu của mình.", JudgingPhase, Now);
        Assert.Equal([mine], ScoreSheetVisibility.VisibleTo(Judge(1), Entry(1), [mine, other], JudgingPhase, []));
    }

    private static (ScoreSheet Mine, ScoreSheet Other, ScoreSheet Draft) Sheets(bool submitMine)
    {
        var mine = Sheet(1);
        var other = Sheet(2);
        var draft = Sheet(3);
        other.Submit(Rubric, Scores(20, 30, 20), null, Judge(2), JudgingPhase, Now);
        draft.SaveDraft(Rubric, [new("NOVELTY", 10)], null, Judge(3), JudgingPhase, Now);
        if (submitMine)
        {
            mine.Submit(Rubric, Scores(25, 30, 20), null, Judge(1), JudgingPhase, Now);
        }

        return (mine, other, draft);
    }

    private static ScoreSheet Sheet(int judge) =>
        ScoreSheet.Start(Guid.NewGuid(), new Assignment(Entry(1), Judge(judge), Council.Id), Judge(judge), JudgingPhase, Now);
}
