using InitiativeHub.Application.Common.Background;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Grains.Background;

/// <summary>
/// On every host: once the host serves, and then every <see cref="CheckInterval"/>, makes sure each recurring work's
/// grain is active somewhere in the cluster. The work itself runs in the grain, so once per cluster; this only brings
/// it back after the host that ran it stopped or died. Starting after the host serves keeps the first rounds (query
/// compilation, a backlog of mails) out of the start-up.
/// </summary>
public sealed partial class RecurringWorkKeeper(
    IGrainFactory grains, IEnumerable<IRecurringWork> works, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<RecurringWorkKeeper> logger)
    : BackgroundService
{
    /// <summary>How soon a work whose host died is started again elsewhere, once the cluster has noticed.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var work in works)
            {
                try
                {
                    await grains.GetGrain<IRecurringWorkGrain>(work.Name).EnsureRunningAsync().WaitAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    // The grain's silo is dying or the cluster is changing: the next check tries again.
                    LogCheckFailed(logger, exception, work.Name);
                }
            }

            try
            {
                await Task.Delay(CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not make sure the recurring work {Name} runs")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string name);
}
