using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Hosting;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// The last start-up step before the web server: the database migrates while the silo starts, and nothing is served
/// until both are done (hosted services start in order, the server after them). Once serving, logs where the
/// start-up time went.
/// </summary>
public sealed partial class StartupGate(DatabaseMigrator migrator, StartupTimeline timeline, IHostApplicationLifetime lifetime, ILogger<StartupGate> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.Completion.WaitAsync(cancellationToken);
        lifetime.ApplicationStarted.Register(() =>
        {
            timeline.Mark("serving");
            LogStarted(logger, timeline.Elapsed.TotalSeconds, timeline.Describe());
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Started in {Seconds:F2} s since the process began: {Phases}")]
    private static partial void LogStarted(ILogger logger, double seconds, string phases);
}
