using InitiativeHub.Domain.Judging;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

/// <summary>
/// Invariants of the assignment on seeded random campaigns (reproducible: the seed is the iteration number): N distinct
/// judges per entry or a reported shortfall, no conflicted pair, loads within one wherever reachable, stability.
/// </summary>
public sealed class BalancedAssignmentPropertyTests
{
    private const int Iterations = 300;

    [Fact]
    public void Assign_RandomInputs_EveryEntryGetsNDistinctEligibleJudgesOrIsReportedShort()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: seed % 3 * 0.1);
            var plan = scenario.Run([]);
            AssertValid(scenario, plan, seed);

            // A shortfall from scratch means no single covering panel had N conflict-free scoring members.
            foreach (var shortfall in plan.Shortfalls)
            {
                var entry = scenario.Entries.Single(e => e.EntryId == shortfall.EntryId);
                var best = scenario.Panels.Where(p => p.Covers(entry.CategoryId)).Select(p => EligibleCount(scenario, p, entry.EntryId)).DefaultIfEmpty(0).Max();
                Assert.True(best < scenario.PerEntry, $"seed {seed}: entry short although a panel had {best} eligible");
                Assert.Equal(Math.Min(best, scenario.PerEntry), shortfall.Assigned);
            }
        }
    }

    [Fact]
    public void Assign_RandomInputsWithoutConflicts_LoadsDifferByAtMostOne()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: 0);
            var plan = scenario.Run([]);
            foreach (var panel in scenario.Panels)
            {
                var loads = Loads(plan, panel);
                Assert.True(loads.Max() - loads.Min() <= 1, $"seed {seed}: panel {panel.Name} loads {string.Join(",", loads)}");
            }
        }
    }

    [Fact]
    public void Assign_RandomInputsWithConflicts_LoadsDifferByAtMostOneWheneverReachable()
    {
        // A max-flow oracle decides whether loads within one are reachable at all for the entries each panel got.
        var reachable = 0;
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: 0.05 + (seed % 4 * 0.1));
            var plan = scenario.Run([]);
            foreach (var panel in scenario.Panels)
            {
                var loads = Loads(plan, panel);
                if (EvenSpreadReachable(scenario, plan, panel))
                {
                    reachable++;
                    Assert.True(loads.Max() - loads.Min() <= 1, $"seed {seed}: panel {panel.Name} loads {string.Join(",", loads)}");
                }
                else
                {
                    Assert.True(loads.Max() - loads.Min() > 1, $"seed {seed}: oracle and result disagree");
                }
            }
        }

        Assert.True(reachable > Iterations / 2, $"only {reachable} panels could be balanced: the test says little");
    }

    [Fact]
    public void Assign_RandomInputsWithDenseConflicts_NoChainOfMovesCouldEvenLoadsFurther()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: 0.3);
            var plan = scenario.Run([]);
            AssertValid(scenario, plan, seed);
            foreach (var panel in scenario.Panels)
            {
                Assert.False(HasImprovingChain(scenario, plan, panel), $"seed {seed}: panel {panel.Name} could be evened further");
            }
        }
    }

    [Fact]
    public void Assign_RandomInputs_RerunOnTheResultChangesNothing()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: seed % 4 * 0.1);
            var first = scenario.Run([]);
            var second = scenario.Run(first.Assignments);
            Assert.False(second.HasChanges, $"seed {seed}");
            Assert.Equal(first.Assignments, second.Assignments);
            Assert.Equal(first.Shortfalls, second.Shortfalls);
        }
    }

    [Fact]
    public void Assign_RandomInputsShuffled_GiveTheSameResult()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var scenario = Scenario.Generate(new Random(seed), conflictDensity: 0.1);
            var shuffle = new Random(seed + 1_000_000);
            var shuffled = scenario with
            {
                Entries = [.. scenario.Entries.OrderBy(_ => shuffle.Next())],
                Panels = [.. scenario.Panels.OrderBy(_ => shuffle.Next())],
                Conflicts = [.. scenario.Conflicts.OrderBy(_ => shuffle.Next())],
            };
            Assert.Equal(scenario.Run([]).Assignments, shuffled.Run([]).Assignments);
        }
    }

    [Fact]
    public void Assign_RandomNewConflict_ChangesOnlyWhatMust()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random(seed);
            var scenario = Scenario.Generate(random, conflictDensity: seed % 3 * 0.05);
            var before = scenario.Run([]);
            if (before.Assignments.Count == 0)
            {
                continue;
            }

            // Some sheets are already scored; then a judge declares a conflict on one of their entries.
            var existing = before.Assignments.Select(a => random.NextDouble() < 0.3 ? a with { Scored = true } : a).ToList();
            var hit = existing[random.Next(existing.Count)];
            var withConflict = scenario with { Conflicts = [.. scenario.Conflicts, ConflictOfInterest.Declare(hit.JudgeId, hit.EntryId, "Khai báo mới.")] };
            var after = withConflict.Run(existing);

            AssertValid(withConflict, after, seed);
            Assert.Equal(AssignmentRemovalReason.Conflict, after.Removed.Single(r => r.Assignment == hit).Reason);
            var others = after.Removed.Where(r => r.Assignment != hit).ToList();
            Assert.All(others, r => Assert.False(r.Assignment.Scored, $"seed {seed}: a scored assignment was removed"));
            Assert.All(others, r => Assert.True(
                r.Reason == AssignmentRemovalReason.Rebalanced || (r.Reason == AssignmentRemovalReason.PanelChanged && r.Assignment.EntryId == hit.EntryId),
                $"seed {seed}: unexpected {r.Reason}"));

            // Evening out after one lost assignment takes at most one chain of moves (each judge of the panel once).
            var panel = withConflict.Panels.Single(p => p.Id == hit.PanelId);
            Assert.True(
                others.Count(r => r.Reason == AssignmentRemovalReason.Rebalanced) <= panel.ScoringMemberIds.Count - 1,
                $"seed {seed}: {others.Count} other assignments changed");
            foreach (var p in withConflict.Panels)
            {
                Assert.False(HasImprovingChain(withConflict, after, p), $"seed {seed}: panel {p.Name} could be evened further");
            }
        }
    }

    [Fact]
    public void Assign_RandomNewEntry_KeepsScoredAssignmentsAndOnlyMovesToEvenLoads()
    {
        for (var seed = 0; seed < Iterations; seed++)
        {
            var random = new Random(seed);
            var scenario = Scenario.Generate(random, conflictDensity: seed % 3 * 0.05);
            var before = scenario.Run([]);
            var existing = before.Assignments.Select(a => random.NextDouble() < 0.3 ? a with { Scored = true } : a).ToList();
            var newEntry = new AssignableEntry(Entry(999), scenario.Categories[random.Next(scenario.Categories.Count)]);
            var grown = scenario with { Entries = [.. scenario.Entries, newEntry] };
            var after = grown.Run(existing);

            AssertValid(grown, after, seed);
            Assert.All(after.Removed, r => Assert.Equal(AssignmentRemovalReason.Rebalanced, r.Reason));
            Assert.All(after.Removed, r => Assert.False(r.Assignment.Scored));
            if (grown.Conflicts.Count == 0)
            {
                // Without conflicts the newcomer simply goes to the least loaded judges.
                Assert.Empty(after.Removed);
            }
        }
    }

    private static void AssertValid(Scenario scenario, AssignmentPlan plan, int seed)
    {
        var conflicts = scenario.Conflicts.Select(c => (c.JudgeId, c.EntryId)).ToHashSet();
        var entries = scenario.Entries.ToDictionary(e => e.EntryId);
        Assert.Equal(plan.Assignments.Count, plan.Assignments.Select(a => (a.EntryId, a.JudgeId)).Distinct().Count());
        foreach (var assignment in plan.Assignments)
        {
            Assert.False(conflicts.Contains((assignment.JudgeId, assignment.EntryId)), $"seed {seed}: conflicted pair assigned");
            var panel = scenario.Panels.Single(p => p.Id == assignment.PanelId);
            Assert.True(panel.Covers(entries[assignment.EntryId].CategoryId), $"seed {seed}: panel does not cover the category");
            Assert.True(panel.IsScoringMember(assignment.JudgeId), $"seed {seed}: judge not a scoring member");
        }

        foreach (var entry in scenario.Entries)
        {
            var count = plan.Assignments.Count(a => a.EntryId == entry.EntryId);
            var shortfall = plan.Shortfalls.SingleOrDefault(s => s.EntryId == entry.EntryId);
            if (shortfall is null)
            {
                Assert.True(count == scenario.PerEntry, $"seed {seed}: entry has {count} judges, not {scenario.PerEntry}");
            }
            else
            {
                Assert.True(count == shortfall.Assigned && count < scenario.PerEntry, $"seed {seed}: shortfall mismatch");
            }
        }
    }

    /// <summary>
    /// Can the panel's entries (each with as many of its judges as the plan gave it) be spread so that every scoring
    /// member gets ⌊T/J⌋ or ⌊T/J⌋ + 1? A flow with lower bounds on the judges' loads, solved by Edmonds–Karp.
    /// </summary>
    private static bool EvenSpreadReachable(Scenario scenario, AssignmentPlan plan, Panel panel)
    {
        var judges = panel.ScoringMemberIds.ToList();
        var demand = plan.Assignments.Where(a => a.PanelId == panel.Id).GroupBy(a => a.EntryId).ToDictionary(g => g.Key, g => g.Count());
        var entries = demand.Keys.ToList();
        var low = demand.Values.Sum() / judges.Count;
        int s = 0, t = entries.Count + judges.Count + 1, superSource = t + 1, superSink = t + 2, n = t + 3;
        var capacity = new int[n, n];
        var excess = new int[n];
        for (var i = 0; i < entries.Count; i++)
        {
            // source → entry with lower = upper = demand: only the excess remains.
            excess[1 + i] += demand[entries[i]];
            excess[s] -= demand[entries[i]];
            for (var k = 0; k < judges.Count; k++)
            {
                if (!scenario.Conflicts.Any(c => c.JudgeId == judges[k] && c.EntryId == entries[i]))
                {
                    capacity[1 + i, 1 + entries.Count + k] = 1;
                }
            }
        }

        for (var k = 0; k < judges.Count; k++)
        {
            // judge → sink with lower = low, upper = low + 1.
            capacity[1 + entries.Count + k, t] = 1;
            excess[t] += low;
            excess[1 + entries.Count + k] -= low;
        }

        capacity[t, s] = int.MaxValue / 2;
        var needed = 0;
        for (var v = 0; v < t + 1; v++)
        {
            if (excess[v] > 0)
            {
                capacity[superSource, v] = excess[v];
                needed += excess[v];
            }
            else if (excess[v] < 0)
            {
                capacity[v, superSink] = -excess[v];
            }
        }

        return MaxFlow(capacity, superSource, superSink) == needed;
    }

    private static int MaxFlow(int[,] capacity, int source, int sink)
    {
        var n = capacity.GetLength(0);
        var flow = 0;
        while (true)
        {
            var previous = Enumerable.Repeat(-1, n).ToArray();
            previous[source] = source;
            var queue = new Queue<int>([source]);
            while (queue.Count > 0 && previous[sink] < 0)
            {
                var u = queue.Dequeue();
                for (var v = 0; v < n; v++)
                {
                    if (previous[v] < 0 && capacity[u, v] > 0)
                    {
                        previous[v] = u;
                        queue.Enqueue(v);
                    }
                }
            }

            if (previous[sink] < 0)
            {
                return flow;
            }

            var push = int.MaxValue;
            for (var v = sink; v != source; v = previous[v])
            {
                push = Math.Min(push, capacity[previous[v], v]);
            }

            for (var v = sink; v != source; v = previous[v])
            {
                capacity[previous[v], v] -= push;
                capacity[v, previous[v]] += push;
            }

            flow += push;
        }
    }

    private static int EligibleCount(Scenario scenario, Panel panel, Guid entryId) =>
        panel.ScoringMemberIds.Count(j => !scenario.Conflicts.Any(c => c.JudgeId == j && c.EntryId == entryId));

    private static List<int> Loads(AssignmentPlan plan, Panel panel) =>
        panel.ScoringMemberIds.Select(j => plan.Assignments.Count(a => a.PanelId == panel.Id && a.JudgeId == j)).ToList();

    /// <summary>
    /// An independent check (plain breadth-first search): is there a judge from whom unpinned assignments could be
    /// handed along to a judge with two or more entries fewer? If not, the loads are as even as they can be.
    /// </summary>
    private static bool HasImprovingChain(Scenario scenario, AssignmentPlan plan, Panel panel)
    {
        var judges = panel.ScoringMemberIds;
        var load = judges.ToDictionary(j => j, j => plan.Assignments.Count(a => a.PanelId == panel.Id && a.JudgeId == j));
        var onEntry = plan.Assignments.GroupBy(a => a.EntryId).ToDictionary(g => g.Key, g => g.Select(a => a.JudgeId).ToHashSet());
        var conflicts = scenario.Conflicts.Select(c => (c.JudgeId, c.EntryId)).ToHashSet();
        foreach (var source in judges)
        {
            var seen = new HashSet<Guid> { source };
            var queue = new Queue<Guid>([source]);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                if (node != source && load[node] <= load[source] - 2)
                {
                    return true;
                }

                foreach (var held in plan.Assignments.Where(a => a.PanelId == panel.Id && a.JudgeId == node && !a.IsPinned))
                {
                    foreach (var next in judges.Where(j => !seen.Contains(j) && !onEntry[held.EntryId].Contains(j) && !conflicts.Contains((j, held.EntryId))))
                    {
                        seen.Add(next);
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return false;
    }

    private sealed record Scenario(
        IReadOnlyList<Guid> Categories,
        IReadOnlyList<Panel> Panels,
        IReadOnlyList<AssignableEntry> Entries,
        IReadOnlyList<ConflictOfInterest> Conflicts,
        int PerEntry)
    {
        /// <summary>1–3 categories, 1–3 panels of 2–7 members drawn from a shared pool, 0–30 entries, N of 1–3.</summary>
        public static Scenario Generate(Random random, double conflictDensity)
        {
            var categories = JudgingBuilder.Categories(random.Next(1, 4));
            var pool = Judges(1, random.Next(3, 11));
            var panels = new List<Panel>();
            var panelCount = random.Next(1, 4);
            for (var p = 1; p <= panelCount; p++)
            {
                var size = random.Next(2, Math.Min(pool.Count, 7) + 1);
                var members = pool.OrderBy(_ => random.Next()).Take(size).ToList();
                var covered = random.NextDouble() < 0.4 ? [] : categories.Where(_ => random.NextDouble() < 0.6).ToList();
                panels.Add(Panel.Create(
                    PanelId(p),
                    CampaignId,
                    categories,
                    $"Tiểu ban {p}",
                    covered,
                    members.Select((j, i) => new PanelMember(
                        j,
                        i == 0 ? PanelRole.Chair : (PanelRole)random.Next(1, 4),
                        Scores: i == 0 || random.NextDouble() > 0.1)).ToList()));
            }

            var entries = Enumerable.Range(1, random.Next(0, 31))
                .Select(i => new AssignableEntry(Entry(i), categories[random.Next(categories.Count)]))
                .ToList();
            var conflicts = new List<ConflictOfInterest>();
            foreach (var entry in entries)
            {
                foreach (var judge in pool)
                {
                    if (random.NextDouble() < conflictDensity)
                    {
                        conflicts.Add(new ConflictOfInterest(judge, entry.EntryId, ConflictReason.Declared, "Ngẫu nhiên."));
                    }
                }
            }

            return new Scenario(categories, panels, entries, conflicts, random.Next(1, 4));
        }

        public AssignmentPlan Run(IReadOnlyCollection<Assignment> existing) =>
            BalancedAssignment.Assign(Entries, Panels, PerEntry, existing, Conflicts);
    }
}
