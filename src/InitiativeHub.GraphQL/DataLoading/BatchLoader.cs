using GraphQL.DataLoader;

namespace InitiativeHub.GraphQL.DataLoading;

/// <summary>
/// A request-scoped batch loader: every key asked for while one level of the query resolves is fetched in one
/// call, so nested fields cost one query per level instead of one per item (graphql-dotnet's execution strategy
/// defers <see cref="IDataLoaderResult"/> values level by level).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The semaphore never allocates a wait handle; it lives as long as the request.")]
public sealed class BatchLoader<TKey, T>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, T>>> fetch)
    where TKey : notnull
    where T : class
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, T?> _loaded = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The value for the key (null when missing), fetched with every other key pending at the time.</summary>
    public IDataLoaderResult<T?> Load(TKey key)
    {
        lock (_pending)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new DeferredResult(this, key);
    }

    private async Task<T?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            TKey[] batch;
            lock (_pending)
            {
                if (_loaded.TryGetValue(key, out var known))
                {
                    return known;
                }

                _pending.Add(key);
                batch = [.. _pending];
                _pending.Clear();
            }

            var found = await fetch(batch, cancellationToken);
            lock (_pending)
            {
                foreach (var requested in batch)
                {
                    _loaded[requested] = found.GetValueOrDefault(requested);
                }

                return _loaded[key];
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class DeferredResult(BatchLoader<TKey, T> loader, TKey key) : IDataLoaderResult<T?>
    {
        public Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
