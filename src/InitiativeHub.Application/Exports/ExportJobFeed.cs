namespace InitiativeHub.Application.Exports;

/// <summary>
/// An export job's changes as an observable for one subscriber: registers a grain observer with the job's grain,
/// sends the current state first, completes after the final state, and renews the registration while it lasts
/// (the grain forgets observers that have not renewed), also on another silo after the job's host died. Disposing it unregisters; a client that simply vanished is
/// dropped by the grain when notifying it fails.
/// </summary>
public sealed class ExportJobFeed(IGrainFactory grains, Guid jobId) : IObservable<ExportJobSnapshot>
{
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(1);

    public IDisposable Subscribe(IObserver<ExportJobSnapshot> observer)
    {
        var subscription = new Subscription(grains, grains.GetGrain<IExportJobGrain>(jobId), observer);
        subscription.Start();
        return subscription;
    }

    private sealed class Subscription(IGrainFactory grains, IExportJobGrain grain, IObserver<ExportJobSnapshot> observer) : IExportJobObserver, IDisposable
    {
        private readonly Lock _gate = new();
        private IExportJobObserver? _reference;
        private Timer? _renewal;
        private bool _done;

        public void Start()
        {
            _reference = grains.CreateObjectReference<IExportJobObserver>(this);
            _ = RunAsync();
        }

        public Task OnChangedAsync(ExportJobSnapshot job)
        {
            Forward(job);
            return Task.CompletedTask;
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _done = true;
            }

            Release();
        }

        private async Task RunAsync()
        {
            try
            {
                await grain.SubscribeAsync(_reference!);
                _renewal = new Timer(_ => _ = RenewAsync(), null, RenewEvery, RenewEvery);
                if (await grain.GetAsync() is { } current)
                {
                    Forward(current);
                }
            }
            catch (Exception exception)
            {
                Fail(exception);
            }
        }

        private async Task RenewAsync()
        {
            try
            {
                if (_reference is { } reference && !_done)
                {
                    await grain.SubscribeAsync(reference);

                    // The host that ran the job may have died with this registration: the renewal then reached a
                    // fresh activation that failed the job before anyone was registered, so ask for the state too.
                    if (await grain.GetAsync() is { IsFinished: true } final)
                    {
                        Forward(final);
                    }
                }
            }
            catch (Exception exception)
            {
                Fail(exception);
            }
        }

        private void Forward(ExportJobSnapshot job)
        {
            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                observer.OnNext(job);
                if (!job.IsFinished)
                {
                    return;
                }

                _done = true;
                observer.OnCompleted();
            }

            Release();
        }

        private void Fail(Exception exception)
        {
            lock (_gate)
            {
                if (_done)
                {
                    return;
                }

                _done = true;
                observer.OnError(exception);
            }

            Release();
        }

        private void Release()
        {
            Interlocked.Exchange(ref _renewal, null)?.Dispose();
            if (Interlocked.Exchange(ref _reference, null) is { } reference)
            {
                _ = grain.UnsubscribeAsync(reference).ContinueWith(_ => grains.DeleteObjectReference<IExportJobObserver>(reference), TaskScheduler.Default);
            }
        }
    }
}
