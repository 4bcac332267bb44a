using InitiativeHub.Application.Common.Background;
using InitiativeHub.Application.Entries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>Removes direct uploads that were never completed, with their blobs, every minute, once per cluster.</summary>
public sealed partial class AbandonedUploadSweeper(IServiceScopeFactory scopes, ILogger<AbandonedUploadSweeper> logger) : IRecurringWork
{
    public string Name => "abandoned-upload-sweeper";

    public TimeSpan Interval { get; } = TimeSpan.FromMinutes(1);

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<AttachmentService>().SweepAbandonedUploadsAsync(cancellationToken);
        if (removed > 0)
        {
            LogSwept(logger, removed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Count} abandoned upload(s)")]
    private static partial void LogSwept(ILogger logger, int count);
}
