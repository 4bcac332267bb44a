using InitiativeHub.Application.Entries;
using InitiativeHub.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>Removes direct uploads that were never completed, with their blobs, every minute.</summary>
public sealed partial class AbandonedUploadSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AbandonedUploadSweeper> logger) : RecurringBackgroundService(Interval, clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<AttachmentService>().SweepAbandonedUploadsAsync(cancellationToken);
        if (removed > 0)
        {
            LogSwept(logger, removed);
        }
    }

    protected override void OnRoundFailed(Exception exception) => LogFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} abandoned upload(s)")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping abandoned uploads failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
