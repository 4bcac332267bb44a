namespace InitiativeHub.Application.Judging;

/// <summary>
/// One viewer's ranking changes as an observable (what a GraphQL subscription consumes). It owns the feed subscription:
/// the last observer leaving, or disposal, unsubscribes from the feed.
/// </summary>
internal sealed class RankingObservable : IObservable<RankingChange>
{
    private readonly Lock _gate = new();
    private readonly List<IObserver<RankingChange>> _observers = [];
    private IAsyncDisposable? _subscription;
    private bool _closed;

    public IDisposable Subscribe(IObserver<RankingChange> observer)
    {
        lock (_gate)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void Attach(IAsyncDisposable subscription)
    {
        bool closed;
        lock (_gate)
        {
            closed = _closed;
            _subscription = subscription;
        }

        if (closed)
        {
            _ = subscription.DisposeAsync().AsTask();
        }
    }

    public void Publish(RankingChange change)
    {
        IObserver<RankingChange>[] observers;
        lock (_gate)
        {
            observers = [.. _observers];
        }

        foreach (var observer in observers)
        {
            observer.OnNext(change);
        }
    }

    private void Remove(IObserver<RankingChange> observer)
    {
        IAsyncDisposable? subscription = null;
        lock (_gate)
        {
            _observers.Remove(observer);
            if (_observers.Count == 0)
            {
                _closed = true;
                subscription = _subscription;
                _subscription = null;
            }
        }

        if (subscription is not null)
        {
            // Unsubscribing talks to the cluster; the socket that asked for it must not wait on it.
            _ = subscription.DisposeAsync().AsTask();
        }
    }

    private sealed class Unsubscriber(RankingObservable owner, IObserver<RankingChange> observer) : IDisposable
    {
        public void Dispose() => owner.Remove(observer);
    }
}
