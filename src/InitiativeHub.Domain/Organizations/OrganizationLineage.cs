namespace InitiativeHub.Domain.Organizations;

/// <summary>
/// Merges as a graph: every organization rolls up into the organization that stands for it today (following the chain
/// of successors), and an organization's figures include those of every unit merged into it, however long ago.
/// </summary>
public static class OrganizationLineage
{
    /// <summary>For each organization, the one that stands for it today (itself when never merged). Cycle-safe.</summary>
    public static IReadOnlyDictionary<Guid, Guid> CurrentOf(IReadOnlyDictionary<Guid, Guid?> successorById)
    {
        var current = new Dictionary<Guid, Guid>();
        foreach (var id in successorById.Keys)
        {
            var seen = new HashSet<Guid> { id };
            var at = id;
            while (successorById.GetValueOrDefault(at) is { } next && seen.Add(next))
            {
                at = next;
            }

            current[id] = at;
        }

        return current;
    }

    /// <summary>The organizations merged (directly or through a chain) into <paramref name="organizationId"/>, not itself.</summary>
    public static IReadOnlyList<Guid> PredecessorsOf(Guid organizationId, IReadOnlyDictionary<Guid, Guid?> successorById)
    {
        var predecessors = new List<Guid>();
        foreach (var id in successorById.Keys.Where(id => id != organizationId))
        {
            var seen = new HashSet<Guid> { id };
            var at = id;
            while (successorById.GetValueOrDefault(at) is { } next && seen.Add(next))
            {
                if (next == organizationId)
                {
                    predecessors.Add(id);
                    break;
                }

                at = next;
            }
        }

        return predecessors;
    }
}
