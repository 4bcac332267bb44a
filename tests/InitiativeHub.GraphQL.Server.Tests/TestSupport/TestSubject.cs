namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>A minimal hot observable the tests push events through (System.Reactive is not available).</summary>
public sealed class TestSubject<T> : IObservable<T>
{
    private readonly Lock _lock = new();
    private readonly List<IObserver<T>> _observers = [];

    public int ObserverCount
    {
        get
        {
            lock (_lock)
            {
                return _observers.Count;
            }
        }
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        lock (_lock)
        {
            _observers.Add(observer);
        }

        return new Unsubscriber(this, observer);
    }

    public void OnNext(T value)
    {
        foreach (var observer in Snapshot())
        {
            observer.OnNext(value);
        }
    }

    public void OnCompleted()
    {
        foreach (var observer in Snapshot())
        {
            observer.OnCompleted();
        }
    }

    /// <summary>Waits until the transport has subscribed (or unsubscribed), so events are neither lost nor racy.</summary>
    public async Task WaitForObserversAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (ObserverCount != count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private IObserver<T>[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _observers];
        }
    }

    private sealed class Unsubscriber(TestSubject<T> subject, IObserver<T> observer) : IDisposable
    {
        public void Dispose()
        {
            lock (subject._lock)
            {
                subject._observers.Remove(observer);
            }
        }
    }
}
