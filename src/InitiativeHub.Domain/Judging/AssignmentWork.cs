namespace InitiativeHub.Domain.Judging;

/// <summary>The working state of one <see cref="BalancedAssignment.Assign"/> run.</summary>
internal sealed class AssignmentWork
{
    // Moving an assignment that existed before this run costs far more than a hop, so chains prefer fresh ones.
    private const int ExistingMoveCost = 1000;

    private readonly int _perEntry;
    private readonly List<AssignableEntry> _entries;
    private readonly Dictionary<Guid, AssignableEntry> _entryById;
    private readonly List<Panel> _panels;
    private readonly Dictionary<Guid, Panel> _panelById;
    private readonly HashSet<(Guid Judge, Guid Entry)> _conflicts;
    private readonly Dictionary<(Guid Entry, Guid Judge), Assignment> _existing = [];
    private readonly Dictionary<(Guid Entry, Guid Judge), Assignment> _current = [];
    private readonly Dictionary<Guid, HashSet<Guid>> _judgesOnEntry = [];
    private readonly Dictionary<(Guid Panel, Guid Judge), int> _load = [];
    private readonly Dictionary<(Guid Entry, Guid Judge), AssignmentRemovalReason> _removalReasons = [];

    public AssignmentWork(
        IReadOnlyCollection<AssignableEntry> entries,
        IReadOnlyCollection<Panel> panels,
        int perEntry,
        IReadOnlyCollection<Assignment> existing,
        IEnumerable<ConflictOfInterest> conflicts)
    {
        _perEntry = perEntry;
        _entries = entries.DistinctBy(e => e.EntryId).OrderBy(e => e.EntryId).ToList();
        _entryById = _entries.ToDictionary(e => e.EntryId);
        _panels = panels.DistinctBy(p => p.Id).OrderBy(p => p.Id).ToList();
        _panelById = _panels.ToDictionary(p => p.Id);
        _conflicts = conflicts.Select(c => (c.JudgeId, c.EntryId)).ToHashSet();

        // A duplicated pair keeps its most committed copy (scored, then manual).
        foreach (var assignment in existing.OrderByDescending(a => a.Scored).ThenByDescending(a => a.Source == AssignmentSource.Manual))
        {
            _existing.TryAdd((assignment.EntryId, assignment.JudgeId), assignment);
        }
    }

    public void DropInvalid()
    {
        foreach (var (key, assignment) in _existing.OrderBy(p => p.Key.Entry).ThenBy(p => p.Key.Judge))
        {
            if (_conflicts.Contains((assignment.JudgeId, assignment.EntryId)))
            {
                _removalReasons[key] = AssignmentRemovalReason.Conflict;
            }
            else if (!_entryById.ContainsKey(assignment.EntryId))
            {
                _removalReasons[key] = AssignmentRemovalReason.EntryNotInJudging;
            }
            else if (!IsWellPlaced(assignment) && !assignment.Scored)
            {
                // A scored sheet stands even if its judge has left the panel; an unscored one simply goes.
                _removalReasons[key] = AssignmentRemovalReason.NotOnPanel;
            }
            else
            {
                Add(assignment);
            }
        }
    }

    public void Fill()
    {
        TrimExcess();
        foreach (var entry in _entries)
        {
            var covering = _panels.Where(p => p.Covers(entry.CategoryId)).ToList();
            if (covering.Count == 0)
            {
                continue;
            }

            if (JudgesOn(entry.EntryId).Count >= _perEntry)
            {
                continue;
            }

            var home = HomePanel(entry, covering);
            if (home is not null && Eligible(home, entry.EntryId).Count < _perEntry - JudgesOn(entry.EntryId).Count)
            {
                home = MoveToCompletePanel(entry, covering, home);
            }

            home ??= covering
                .OrderByDescending(p => Math.Min(FreshEligibleCount(p, entry.EntryId), _perEntry))
                .ThenByDescending(p => !p.CoversAllCategories)
                .ThenBy(EntriesPerScorer)
                .ThenBy(p => p.Id)
                .First();

            var needed = _perEntry - JudgesOn(entry.EntryId).Count;
            var picks = Eligible(home, entry.EntryId)
                .OrderBy(j => Load(home.Id, j))
                .ThenBy(j => TieKey(entry.EntryId, j))
                .ThenBy(j => j)
                .Take(needed)
                .ToList();
            foreach (var judge in picks)
            {
                Add(Restore(entry.EntryId, judge, home.Id));
            }
        }
    }

    public void Rebalance()
    {
        foreach (var panel in _panels)
        {
            while (FindImprovingChain(panel) is { } chain)
            {
                foreach (var (entryId, from, to) in chain)
                {
                    if (!_current.ContainsKey((entryId, from)) || JudgesOn(entryId).Contains(to))
                    {
                        throw new InvalidOperationException("Chuỗi cân bằng tải không hợp lệ.");
                    }

                    Remove((entryId, from), AssignmentRemovalReason.Rebalanced);
                    Add(Restore(entryId, to, panel.Id));
                }
            }
        }
    }

    public AssignmentPlan ToPlan()
    {
        var final = _current.Values.OrderBy(a => a.EntryId).ThenBy(a => a.JudgeId).ToList();
        var added = final.Where(a => !_existing.TryGetValue((a.EntryId, a.JudgeId), out var old) || old != a).ToList();
        var removed = _existing
            .Where(p => !_current.TryGetValue(p.Key, out var now) || now != p.Value)
            .OrderBy(p => p.Key.Entry)
            .ThenBy(p => p.Key.Judge)
            .Select(p => new AssignmentRemoval(p.Value, _removalReasons.GetValueOrDefault(p.Key, AssignmentRemovalReason.Rebalanced)))
            .ToList();
        var shortfalls = _entries
            .Where(e => JudgesOn(e.EntryId).Count < _perEntry)
            .Select(e => new AssignmentShortfall(
                e.EntryId,
                _perEntry,
                JudgesOn(e.EntryId).Count,
                _panels.Any(p => p.Covers(e.CategoryId)) ? ShortfallReason.NotEnoughJudges : ShortfallReason.NoCoveringPanel))
            .ToList();
        return new AssignmentPlan(final, added, removed, shortfalls);
    }

    /// <summary>A deterministic, well-spread order among equally loaded judges (FNV-1a over both ids).</summary>
    private static ulong TieKey(Guid entryId, Guid judgeId)
    {
        Span<byte> bytes = stackalloc byte[32];
        entryId.TryWriteBytes(bytes[..16]);
        judgeId.TryWriteBytes(bytes[16..]);
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private bool IsWellPlaced(Assignment assignment) =>
        _panelById.TryGetValue(assignment.PanelId, out var panel)
        && panel.Covers(_entryById[assignment.EntryId].CategoryId)
        && panel.IsScoringMember(assignment.JudgeId);

    private HashSet<Guid> JudgesOn(Guid entryId)
    {
        if (!_judgesOnEntry.TryGetValue(entryId, out var judges))
        {
            judges = [];
            _judgesOnEntry[entryId] = judges;
        }

        return judges;
    }

    private int Load(Guid panelId, Guid judgeId) => _load.GetValueOrDefault((panelId, judgeId));

    private bool CanTake(Guid judgeId, Guid entryId) => !_conflicts.Contains((judgeId, entryId)) && !JudgesOn(entryId).Contains(judgeId);

    private List<Guid> Eligible(Panel panel, Guid entryId) => panel.ScoringMemberIds.Where(j => CanTake(j, entryId)).ToList();

    private int FreshEligibleCount(Panel panel, Guid entryId) => panel.ScoringMemberIds.Count(j => !_conflicts.Contains((j, entryId)));

    private decimal EntriesPerScorer(Panel panel)
    {
        var scorers = panel.ScoringMemberIds;
        return (decimal)scorers.Sum(j => Load(panel.Id, j)) / scorers.Count;
    }

    /// <summary>The covering panel already holding most of the entry's assignments, if any.</summary>
    private Panel? HomePanel(AssignableEntry entry, List<Panel> covering) =>
        covering
            .Select(p => (Panel: p, Held: _current.Values.Count(a => a.EntryId == entry.EntryId && a.PanelId == p.Id)))
            .Where(x => x.Held > 0)
            .OrderByDescending(x => x.Held)
            .ThenByDescending(x => !x.Panel.CoversAllCategories)
            .ThenBy(x => x.Panel.Id)
            .Select(x => x.Panel)
            .FirstOrDefault();

    /// <summary>
    /// When the entry's panel can no longer complete it (e.g. after a declared conflict) and nothing of it is pinned,
    /// the entry moves whole to a covering panel that can; otherwise it stays and is reported short.
    /// </summary>
    private Panel MoveToCompletePanel(AssignableEntry entry, List<Panel> covering, Panel home)
    {
        var held = _current.Values.Where(a => a.EntryId == entry.EntryId).ToList();
        if (held.Any(a => a.IsPinned))
        {
            return home;
        }

        var target = covering
            .Where(p => p.Id != home.Id && FreshEligibleCount(p, entry.EntryId) >= _perEntry)
            .OrderByDescending(p => !p.CoversAllCategories)
            .ThenBy(EntriesPerScorer)
            .ThenBy(p => p.Id)
            .FirstOrDefault();
        if (target is null)
        {
            return home;
        }

        foreach (var assignment in held)
        {
            Remove((assignment.EntryId, assignment.JudgeId), AssignmentRemovalReason.PanelChanged);
        }

        return target;
    }

    /// <summary>
    /// Entries with more automatic judges than asked lose them one at a time, always from the busiest judge across all
    /// such entries, so the cut itself keeps loads as even as it can.
    /// </summary>
    private void TrimExcess()
    {
        while (true)
        {
            var drop = _current.Values
                .Where(a => !a.IsPinned && JudgesOn(a.EntryId).Count > _perEntry)
                .OrderByDescending(a => Load(a.PanelId, a.JudgeId))
                .ThenBy(a => TieKey(a.EntryId, a.JudgeId))
                .ThenBy(a => a.EntryId)
                .ThenBy(a => a.JudgeId)
                .FirstOrDefault();
            if (drop is null)
            {
                return;
            }

            Remove((drop.EntryId, drop.JudgeId), AssignmentRemovalReason.Excess);
        }
    }

    /// <summary>
    /// The cheapest chain of moves (entry e1 from the source to j1, e2 from j1 to j2, …) ending at a judge with at
    /// least two entries fewer than the source: the source loses one, the end gains one, the rest stay level.
    /// </summary>
    private List<(Guid Entry, Guid From, Guid To)>? FindImprovingChain(Panel panel)
    {
        var judges = panel.ScoringMemberIds.Order().ToList();
        if (judges.Count < 2)
        {
            return null;
        }

        var loads = judges.ToDictionary(j => j, j => Load(panel.Id, j));
        var minLoad = loads.Values.Min();
        var movable = _current.Values
            .Where(a => a.PanelId == panel.Id && !a.IsPinned && loads.ContainsKey(a.JudgeId))
            .OrderBy(a => a.EntryId)
            .GroupBy(a => a.JudgeId)
            .ToDictionary(g => g.Key, g => g.ToList());

        foreach (var source in judges.OrderByDescending(j => loads[j]).ThenBy(j => j))
        {
            if (loads[source] - minLoad < 2)
            {
                return null;
            }

            if (ShortestChain(source, loads[source] - 2, judges, loads, movable) is { } chain)
            {
                return chain;
            }
        }

        return null;
    }

    private List<(Guid Entry, Guid From, Guid To)>? ShortestChain(
        Guid source, int targetMaxLoad, List<Guid> judges, Dictionary<Guid, int> loads, Dictionary<Guid, List<Assignment>> movable)
    {
        // Dijkstra over at most a few dozen judges: a plain scan for the next node is enough.
        var cost = new Dictionary<Guid, int> { [source] = 0 };
        var previous = new Dictionary<Guid, (Guid From, Guid Entry)>();
        var done = new HashSet<Guid>();
        while (true)
        {
            var open = cost.Where(p => !done.Contains(p.Key)).ToList();
            if (open.Count == 0)
            {
                return null;
            }

            var (node, nodeCost) = open.OrderBy(p => p.Value).ThenBy(p => loads[p.Key]).ThenBy(p => p.Key).First();
            done.Add(node);
            if (node != source && loads[node] <= targetMaxLoad)
            {
                var chain = new List<(Guid Entry, Guid From, Guid To)>();
                for (var at = node; at != source; at = previous[at].From)
                {
                    chain.Add((previous[at].Entry, previous[at].From, at));
                }

                chain.Reverse();
                return chain;
            }

            foreach (var assignment in movable.GetValueOrDefault(node) ?? [])
            {
                var step = _existing.ContainsKey((assignment.EntryId, assignment.JudgeId)) ? ExistingMoveCost + 1 : 1;
                foreach (var next in judges)
                {
                    if (done.Contains(next) || !CanTake(next, assignment.EntryId))
                    {
                        continue;
                    }

                    var candidate = nodeCost + step;
                    if (!cost.TryGetValue(next, out var known) || candidate < known)
                    {
                        cost[next] = candidate;
                        previous[next] = (node, assignment.EntryId);
                    }
                }
            }
        }
    }

    /// <summary>A new automatic assignment, or the existing record itself when a move brings a pair back.</summary>
    private Assignment Restore(Guid entryId, Guid judgeId, Guid panelId) =>
        _existing.TryGetValue((entryId, judgeId), out var old) && old.PanelId == panelId && !old.IsPinned
            ? old
            : new Assignment(entryId, judgeId, panelId);

    private void Add(Assignment assignment)
    {
        _current[(assignment.EntryId, assignment.JudgeId)] = assignment;
        JudgesOn(assignment.EntryId).Add(assignment.JudgeId);
        _load[(assignment.PanelId, assignment.JudgeId)] = Load(assignment.PanelId, assignment.JudgeId) + 1;
    }

    private void Remove((Guid Entry, Guid Judge) key, AssignmentRemovalReason reason)
    {
        var assignment = _current[key];
        _current.Remove(key);
        JudgesOn(key.Entry).Remove(key.Judge);
        _load[(assignment.PanelId, assignment.JudgeId)] = Load(assignment.PanelId, assignment.JudgeId) - 1;
        _removalReasons[key] = reason;
    }
}
