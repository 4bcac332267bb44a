using System.Collections.Concurrent;

namespace InitiativeHub.Bench.Load;

/// <summary>Failed operations by kind (a coded GraphQL error, an HTTP status, an exception type).</summary>
public sealed class ErrorCounts
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total => _counts.Values.Sum();

    public void Add(string kind) => _counts.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Snapshot() => new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);

    public override string ToString() =>
        Total == 0 ? "none" : string.Join(", ", Snapshot().Select(p => $"{p.Key}×{p.Value}"));
}

/// <summary>An operation that completed but was refused or malformed; its message names the kind of failure.</summary>
public sealed class OperationFailedException(string kind) : Exception(kind)
{
    public string Kind { get; } = kind;
}
