using GraphQLParser.AST;

namespace InitiativeHub.GraphQL.Server.Execution;

/// <summary>
/// Documents that parsed and passed every request-independent validation rule once, keyed by their exact text, so a
/// client repeating the same operation is not parsed and validated again. Bounded: at most <c>capacity</c> documents of
/// at most <c>maximumLength</c> characters each; the least recently used one leaves first.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly int _maximumLength;
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _byQuery = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly Lock _lock = new();

    public DocumentCache(int capacity, int maximumLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maximumLength, 1);
        _capacity = capacity;
        _maximumLength = maximumLength;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byQuery.Count;
            }
        }
    }

    public CachedDocument? Find(string? query)
    {
        if (query is null || query.Length > _maximumLength)
        {
            return null;
        }

        lock (_lock)
        {
            if (!_byQuery.TryGetValue(query, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>Keeps a document that passed validation; longer ones than the limit are not kept.</summary>
    public void Add(string query, GraphQLDocument document, int fields)
    {
        if (query.Length > _maximumLength)
        {
            return;
        }

        lock (_lock)
        {
            if (_byQuery.ContainsKey(query))
            {
                return;
            }

            if (_byQuery.Count >= _capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _byQuery.Remove(oldest.Value.Query);
            }

            _byQuery[query] = _recency.AddFirst(new CachedDocument(query, document, fields));
        }
    }
}

/// <summary>A validated document, with the field count the transport's limit was checked against.</summary>
internal sealed record CachedDocument(string Query, GraphQLDocument Document, int Fields);
