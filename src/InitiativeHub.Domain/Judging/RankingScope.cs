namespace InitiativeHub.Domain.Judging;

/// <summary>The rows of a ranking a viewer may see: all, none, or those of some entries.</summary>
public sealed class RankingScope
{
    private readonly HashSet<Guid>? _entryIds;

    private RankingScope(bool any, HashSet<Guid>? entryIds)
    {
        Any = any;
        _entryIds = entryIds;
    }

    public static RankingScope All { get; } = new(true, null);

    public static RankingScope None { get; } = new(false, []);

    /// <summary>False when the viewer may not see the ranking at all (as opposed to seeing an empty part of it).</summary>
    public bool Any { get; }

    /// <summary>True when the viewer may see every row.</summary>
    public bool IsAll => Any && _entryIds is null;

    public static RankingScope Only(IEnumerable<Guid> entryIds) => new(true, entryIds.ToHashSet());

    public bool Includes(Guid entryId) => Any && (_entryIds is null || _entryIds.Contains(entryId));
}
