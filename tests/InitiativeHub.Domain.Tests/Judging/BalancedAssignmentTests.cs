using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class BalancedAssignmentTests
{
    [Fact]
    public void Assign_FiveJudgesTwentyEntriesThreeEach_EveryJudgeGetsTwelve()
    {
        // 20 entries × 3 judges = 60 assignments over 5 judges = 12 each.
        var panel = NewPanel(1, Judges(1, 5));
        var plan = BalancedAssignment.Assign(EntryList(20), [panel], 3, [], []);

        Assert.True(plan.IsComplete);
        Assert.Equal(60, plan.Assignments.Count);
        Assert.Equal(plan.Assignments, plan.Added);
        Assert.Empty(plan.Removed);
        Assert.All(Loads(plan, panel).Values, load => Assert.Equal(12, load));
        Assert.All(plan.Assignments.GroupBy(a => a.EntryId), g => Assert.Equal(3, g.Select(a => a.JudgeId).Distinct().Count()));
    }

    [Fact]
    public void Assign_SevenEntriesTwoEachFourJudges_LoadsAreThreeOrFour()
    {
        // 7 × 2 = 14 over 4 judges: two judges get 4, two get 3.
        var panel = NewPanel(1, Judges(1, 4));
        var plan = BalancedAssignment.Assign(EntryList(7), [panel], 2, [], []);
        Assert.Equal([3, 3, 4, 4], Loads(plan, panel).Values.Order());
    }

    [Fact]
    public void Assign_RerunOnItsOwnResult_ChangesNothing()
    {
        var panel = NewPanel(1, Judges(1, 5));
        var first = BalancedAssignment.Assign(EntryList(20), [panel], 3, [], []);
        var second = BalancedAssignment.Assign(EntryList(20), [panel], 3, first.Assignments, []);
        Assert.False(second.HasChanges);
        Assert.Equal(first.Assignments, second.Assignments);
    }

    [Fact]
    public void Assign_SameInputInAnotherOrder_GivesTheSameResult()
    {
        var panels = new[] { NewPanel(1, Judges(1, 4), [Category(1)]), NewPanel(2, Judges(3, 4)) };
        var entries = EntryList(9).Select((e, i) => e with { CategoryId = Category((i % 2) + 1) }).ToList();
        var conflicts = new[] { ConflictOfInterest.Declare(Judge(2), Entry(3), "Đồng nghiệp cùng phòng.") };

        var a = BalancedAssignment.Assign(entries, panels, 2, [], conflicts);
        var b = BalancedAssignment.Assign(entries.AsEnumerable().Reverse().ToList(), panels.Reverse().ToList(), 2, [], conflicts);
        Assert.Equal(a.Assignments, b.Assignments);
    }

    [Fact]
    public void Assign_DeclaredConflictAfterwards_ReplacesThatJudgeAndKeepsLoadsEven()
    {
        // Arrange: 5 judges, 20 entries, 3 each → 12 each.
        var panel = NewPanel(1, Judges(1, 5));
        var before = BalancedAssignment.Assign(EntryList(20), [panel], 3, [], []);
        var hit = before.Assignments.First(a => a.EntryId == Entry(4));
        var conflict = ConflictOfInterest.Declare(hit.JudgeId, hit.EntryId, "Tác giả là người thân.");

        // Act
        var after = BalancedAssignment.Assign(EntryList(20), [panel], 3, before.Assignments, [conflict]);

        // Assert: the conflicted pair goes; its replacement would make 13 vs 11, so one existing assignment moves
        // from the replacement judge to the conflicted judge: 4 records change and every load is 12 again.
        Assert.True(after.IsComplete);
        Assert.DoesNotContain(after.Assignments, a => a.JudgeId == hit.JudgeId && a.EntryId == hit.EntryId);
        Assert.Equal(AssignmentRemovalReason.Conflict, after.Removed.Single(r => r.Assignment == hit).Reason);
        Assert.Equal(2, after.Removed.Count);
        Assert.Equal(AssignmentRemovalReason.Rebalanced, after.Removed.Single(r => r.Assignment != hit).Reason);
        Assert.Equal(2, after.Added.Count);
        Assert.Contains(after.Added, a => a.EntryId == hit.EntryId);
        Assert.Equal(3, after.Assignments.Count(a => a.EntryId == hit.EntryId));
        Assert.All(Loads(after, panel).Values, load => Assert.Equal(12, load));
        Assert.Equal(58, after.Assignments.Intersect(before.Assignments).Count());
    }

    [Fact]
    public void Assign_NewEntry_KeepsEveryExistingAssignment()
    {
        var panel = NewPanel(1, Judges(1, 5));
        var before = BalancedAssignment.Assign(EntryList(20), [panel], 3, [], []);
        var after = BalancedAssignment.Assign(EntryList(21), [panel], 3, before.Assignments, []);

        Assert.Empty(after.Removed);
        Assert.Equal(3, after.Added.Count);
        Assert.All(after.Added, a => Assert.Equal(Entry(21), a.EntryId));
        Assert.Equal([12, 12, 13, 13, 13], Loads(after, panel).Values.Order());
    }

    [Fact]
    public void Assign_TooFewNonConflictedJudges_ReportsTheEntryShortAndAssignsTheRest()
    {
        // Three judges, three per entry: a conflict on entry 2 leaves it two judges.
        var panel = NewPanel(1, Judges(1, 3));
        var conflict = ConflictOfInterest.Declare(Judge(2), Entry(2), "Cùng nhóm tác giả.");
        var plan = BalancedAssignment.Assign(EntryList(4), [panel], 3, [], [conflict]);

        var shortfall = Assert.Single(plan.Shortfalls);
        Assert.Equal(new AssignmentShortfall(Entry(2), 3, 2, ShortfallReason.NotEnoughJudges), shortfall);
        Assert.Equal(11, plan.Assignments.Count);
        Assert.DoesNotContain(plan.Assignments, a => a.JudgeId == Judge(2) && a.EntryId == Entry(2));
        Assert.False(plan.IsComplete);
    }

    [Fact]
    public void Assign_NoPanelCoversTheCategory_ReportsNoCoveringPanel()
    {
        var panel = NewPanel(1, Judges(1, 3), [Category(1)]);
        var entries = new List<AssignableEntry> { new(Entry(1), Category(1)), new(Entry(2), Category(2)) };
        var plan = BalancedAssignment.Assign(entries, [panel], 2, [], []);

        Assert.Equal(new AssignmentShortfall(Entry(2), 2, 0, ShortfallReason.NoCoveringPanel), Assert.Single(plan.Shortfalls));
        Assert.Equal(2, plan.Assignments.Count(a => a.EntryId == Entry(1)));
    }

    [Fact]
    public void Assign_TwoSubCommittees_EachEntryGoesToThePanelOfItsCategory()
    {
        var education = NewPanel(1, Judges(1, 3), [Category(1)]);
        var reform = NewPanel(2, Judges(4, 3), [Category(2)]);
        var entries = Enumerable.Range(1, 6).Select(i => new AssignableEntry(Entry(i), Category(i <= 2 ? 1 : 2))).ToList();
        var plan = BalancedAssignment.Assign(entries, [education, reform], 2, [], []);

        Assert.All(plan.Assignments.Where(a => a.EntryId == Entry(1) || a.EntryId == Entry(2)), a => Assert.Equal(education.Id, a.PanelId));
        Assert.All(plan.Assignments.Where(a => a.EntryId != Entry(1) && a.EntryId != Entry(2)), a => Assert.Equal(reform.Id, a.PanelId));
        Assert.All(plan.Assignments, a => Assert.True((a.PanelId == education.Id ? education : reform).IsScoringMember(a.JudgeId)));
    }

    [Fact]
    public void Assign_SpecificPanelAndCatchAll_PrefersTheSpecificPanel()
    {
        var general = NewPanel(1, Judges(1, 3));
        var education = NewPanel(2, Judges(4, 3), [Category(1)]);
        var plan = BalancedAssignment.Assign(EntryList(3, Category(1)), [general, education], 3, [], []);
        Assert.All(plan.Assignments, a => Assert.Equal(education.Id, a.PanelId));
    }

    [Fact]
    public void Assign_PanelCanNoLongerComplete_MovesTheEntryToACoveringPanelThatCan()
    {
        var small = NewPanel(1, Judges(1, 2), [Category(1)]);
        var general = NewPanel(2, Judges(5, 3));
        var before = BalancedAssignment.Assign(EntryList(1, Category(1)), [small, general], 2, [], []);
        Assert.All(before.Assignments, a => Assert.Equal(small.Id, a.PanelId));

        var conflict = ConflictOfInterest.Declare(Judge(1), Entry(1), "Là người hướng dẫn tác giả.");
        var after = BalancedAssignment.Assign(EntryList(1, Category(1)), [small, general], 2, before.Assignments, [conflict]);

        Assert.True(after.IsComplete);
        Assert.All(after.Assignments, a => Assert.Equal(general.Id, a.PanelId));
        Assert.Equal(
            [AssignmentRemovalReason.Conflict, AssignmentRemovalReason.PanelChanged],
            after.Removed.Select(r => r.Reason).Order());
    }

    [Fact]
    public void Assign_ScoredAssignments_AreNeverMovedToEvenLoads()
    {
        // Judge 1 already scored three entries (an earlier, uneven manual arrangement); four entries, one judge each.
        var panel = NewPanel(1, Judges(1, 2));
        Assignment[] existing = [.. Enumerable.Range(1, 3).Select(i => new Assignment(Entry(i), Judge(1), panel.Id, Scored: true))];
        var plan = BalancedAssignment.Assign(EntryList(4), [panel], 1, existing, []);

        Assert.All(existing, a => Assert.Contains(a, plan.Assignments));
        Assert.Empty(plan.Removed);
        Assert.Equal(new Assignment(Entry(4), Judge(2), panel.Id), Assert.Single(plan.Added));
    }

    [Fact]
    public void Assign_UnscoredAssignments_AreMovedToEvenLoads()
    {
        // The same uneven start, unscored: entry 4 goes to judge 2 (3 vs 1), then one of judge 1's entries moves: 2 and 2.
        var panel = NewPanel(1, Judges(1, 2));
        Assignment[] existing = [.. Enumerable.Range(1, 3).Select(i => new Assignment(Entry(i), Judge(1), panel.Id))];
        var plan = BalancedAssignment.Assign(EntryList(4), [panel], 1, existing, []);

        Assert.Equal([2, 2], Loads(plan, panel).Values);
        Assert.Equal(AssignmentRemovalReason.Rebalanced, Assert.Single(plan.Removed).Reason);
        Assert.Equal(2, plan.Added.Count);
        Assert.All(plan.Added, a => Assert.Equal(Judge(2), a.JudgeId));
    }

    [Fact]
    public void Assign_ManualAssignments_AreNeverMovedToEvenLoads()
    {
        var panel = NewPanel(1, Judges(1, 2));
        Assignment[] existing = [.. Enumerable.Range(1, 3).Select(i => new Assignment(Entry(i), Judge(1), panel.Id, AssignmentSource.Manual))];
        var plan = BalancedAssignment.Assign(EntryList(3), [panel], 1, existing, []);

        Assert.False(plan.HasChanges);
        Assert.Equal([3, 0], Loads(plan, panel).Values);
    }

    [Fact]
    public void Assign_ChainOfMoves_BalancesWhenNoDirectMoveCan()
    {
        // Loads 2/1/0: judge 1 holds entries 1 and 2, judge 2 holds entry 3, judge 3 is conflicted with 1 and 2.
        // Judge 1 cannot hand anything to judge 3, but entry 1 → judge 2 and entry 3 → judge 3 gives 1/1/1.
        var panel = NewPanel(1, Judges(1, 3));
        Assignment[] existing = [new(Entry(1), Judge(1), panel.Id), new(Entry(2), Judge(1), panel.Id), new(Entry(3), Judge(2), panel.Id)];
        ConflictOfInterest[] conflicts = [ConflictOfInterest.Declare(Judge(3), Entry(1), "Cùng đơn vị."), ConflictOfInterest.Declare(Judge(3), Entry(2), "Cùng đơn vị.")];
        var plan = BalancedAssignment.Assign(EntryList(3), [panel], 1, existing, conflicts);

        Assert.Equal([1, 1, 1], Loads(plan, panel).Values);
        Assert.Equal(
            [new(Entry(1), Judge(2), panel.Id), new(Entry(2), Judge(1), panel.Id), new Assignment(Entry(3), Judge(3), panel.Id)],
            plan.Assignments);
        Assert.Equal(2, plan.Removed.Count(r => r.Reason == AssignmentRemovalReason.Rebalanced));
    }

    [Fact]
    public void Assign_ScoredButConflicted_IsRemoved()
    {
        var panel = NewPanel(1, Judges(1, 3));
        var scored = new Assignment(Entry(1), Judge(1), panel.Id, Scored: true);
        var conflict = ConflictOfInterest.Declare(Judge(1), Entry(1), "Phát hiện là đồng tác giả.");
        var plan = BalancedAssignment.Assign(EntryList(1), [panel], 1, [scored], [conflict]);

        Assert.Equal(new AssignmentRemoval(scored, AssignmentRemovalReason.Conflict), Assert.Single(plan.Removed));
        Assert.NotEqual(Judge(1), Assert.Single(plan.Assignments).JudgeId);
    }

    [Fact]
    public void Assign_JudgeLeftThePanel_UnscoredGoesScoredStays()
    {
        var panel = NewPanel(1, Judges(1, 3));
        Assignment[] existing =
        [
            new(Entry(1), Judge(9), panel.Id),
            new(Entry(2), Judge(9), panel.Id, Scored: true),
        ];
        var plan = BalancedAssignment.Assign(EntryList(2), [panel], 1, existing, []);

        Assert.Equal(new AssignmentRemoval(existing[0], AssignmentRemovalReason.NotOnPanel), Assert.Single(plan.Removed));
        Assert.Contains(existing[1], plan.Assignments);
        Assert.NotEqual(Judge(9), plan.Assignments.Single(a => a.EntryId == Entry(1)).JudgeId);
    }

    [Fact]
    public void Assign_EntryNoLongerJudged_DropsItsAssignments()
    {
        var panel = NewPanel(1, Judges(1, 3));
        var before = BalancedAssignment.Assign(EntryList(3), [panel], 2, [], []);
        var after = BalancedAssignment.Assign(EntryList(2), [panel], 2, before.Assignments, []);

        Assert.Equal(2, after.Removed.Count);
        Assert.All(after.Removed, r => Assert.Equal(AssignmentRemovalReason.EntryNotInJudging, r.Reason));
        Assert.All(after.Removed, r => Assert.Equal(Entry(3), r.Assignment.EntryId));
    }

    [Fact]
    public void Assign_FewerJudgesPerEntry_RemovesTheExcessAndStaysEven()
    {
        // 4 entries × 3 → × 2 over 4 judges: 12 → 8 assignments, 2 each.
        var panel = NewPanel(1, Judges(1, 4));
        var before = BalancedAssignment.Assign(EntryList(4), [panel], 3, [], []);
        var after = BalancedAssignment.Assign(EntryList(4), [panel], 2, before.Assignments, []);

        Assert.Equal(4, after.Removed.Count(r => r.Reason == AssignmentRemovalReason.Excess));
        Assert.Equal(4, after.Removed.Count - after.Added.Count);
        Assert.All(after.Removed, r => Assert.Contains(r.Reason, new[] { AssignmentRemovalReason.Excess, AssignmentRemovalReason.Rebalanced }));
        Assert.All(after.Assignments.GroupBy(a => a.EntryId), g => Assert.Equal(2, g.Count()));
        Assert.All(Loads(after, panel).Values, load => Assert.Equal(2, load));
    }

    [Fact]
    public void Assign_NonScoringSecretary_IsNeverAssigned()
    {
        var panel = Panel.Create(
            PanelId(1), CampaignId, Categories(1), "Hội đồng",
            null,
            [new(Judge(1), PanelRole.Chair), new(Judge(2), PanelRole.Secretary, Scores: false), new(Judge(3), PanelRole.Member)]);
        var plan = BalancedAssignment.Assign(EntryList(5), [panel], 2, [], []);
        Assert.DoesNotContain(plan.Assignments, a => a.JudgeId == Judge(2));
        Assert.True(plan.IsComplete);
    }

    [Fact]
    public void Assign_ManualAssignment_IsKeptAndCountsTowardTheEntry()
    {
        var panel = NewPanel(1, Judges(1, 4));
        var manual = BalancedAssignment.AssignManually(new(Entry(1), Category(1)), panel, Judge(4), [], []);
        var plan = BalancedAssignment.Assign(EntryList(1), [panel], 2, [manual], []);

        Assert.Contains(manual, plan.Assignments);
        Assert.Equal(2, plan.Assignments.Count);
        Assert.Equal(AssignmentSource.Manual, manual.Source);
    }

    [Fact]
    public void Assign_ZeroJudgesPerEntry_IsRefused() =>
        Assert.Throws<ValidationException>(() => BalancedAssignment.Assign(EntryList(1), [NewPanel(1, Judges(1, 2))], 0, [], []));

    [Fact]
    public void AssignManually_ConflictedJudge_IsConflictOfInterest()
    {
        var panel = NewPanel(1, Judges(1, 3));
        var conflict = ConflictOfInterest.Declare(Judge(2), Entry(1), "Người thân.");
        var error = Assert.Throws<DomainException>(() => BalancedAssignment.AssignManually(new(Entry(1), Category(1)), panel, Judge(2), [], [conflict]));
        Assert.Equal(JudgingErrorCodes.ConflictOfInterest, error.Code);
    }

    [Fact]
    public void AssignManually_NotAScoringMember_IsNotPanelMember()
    {
        var error = Assert.Throws<DomainException>(() =>
            BalancedAssignment.AssignManually(new(Entry(1), Category(1)), NewPanel(1, Judges(1, 3)), Judge(8), [], []));
        Assert.Equal(JudgingErrorCodes.NotPanelMember, error.Code);
    }

    [Fact]
    public void AssignManually_PanelOfAnotherCategory_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() =>
            BalancedAssignment.AssignManually(new(Entry(1), Category(2)), NewPanel(1, Judges(1, 3), [Category(1)]), Judge(1), [], []));
        Assert.Equal(JudgingErrorCodes.PanelDoesNotCoverCategory, error.Code);
    }

    [Fact]
    public void AssignManually_AlreadyAssigned_IsDuplicate()
    {
        var panel = NewPanel(1, Judges(1, 3));
        var existing = new Assignment(Entry(1), Judge(1), panel.Id);
        var error = Assert.Throws<DomainException>(() => BalancedAssignment.AssignManually(new(Entry(1), Category(1)), panel, Judge(1), [existing], []));
        Assert.Equal(ErrorCodes.Duplicate, error.Code);
    }

    internal static SortedDictionary<Guid, int> Loads(AssignmentPlan plan, Panel panel) =>
        new(panel.ScoringMemberIds.ToDictionary(j => j, j => plan.Assignments.Count(a => a.PanelId == panel.Id && a.JudgeId == j)));
}
