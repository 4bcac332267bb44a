using Microsoft.Extensions.Hosting;

namespace InitiativeHub.Infrastructure.Hosting;

/// <summary>
/// Work repeated at a fixed interval until the host stops (outbox, sweepers). A failed round is reported and the
/// next one runs anyway; stopping is not a failure.
/// </summary>
public abstract class RecurringBackgroundService(TimeSpan interval, TimeProvider clock) : BackgroundService
{
    /// <summary>The clock the rounds are timed by, for subclasses that stamp times.</summary>
    protected TimeProvider Clock => clock;

    /// <summary>One round of the work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Reports a round that failed.</summary>
    protected abstract void OnRoundFailed(Exception exception);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                OnRoundFailed(exception);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
