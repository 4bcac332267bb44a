using InitiativeHub.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// Applies pending migrations at start-up and turns on SQLite's write-ahead log so readers never wait for the writer.
/// The migration runs in the background of <see cref="StartAsync"/>, so the silo starts at the same time instead of
/// after it; the host's start-up gate waits for <see cref="Completion"/> before it serves, and readiness reports the
/// database only once it is migrated.
/// </summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<AppDbContext> contexts, StartupTimeline timeline, ILogger<DatabaseMigrator> logger) : IHostedService
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the database is migrated; faults with the migration's error.</summary>
    public Task Completion => _completion.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(
            async () =>
            {
                try
                {
                    await MigrateAsync(cancellationToken);
                    _completion.TrySetResult();
                }
                catch (Exception exception)
                {
                    _completion.TrySetException(exception);
                }
            },
            CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Migrates the database now (operator commands and tests that need it before anything else).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

        // Nothing to apply (every restart): MigrateAsync would still take the migration lock and write its lock
        // table, one durable commit each, for nothing. Two hosts migrating at once both see the pending list and
        // MigrateAsync's own lock serializes them.
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        timeline.Mark("database migrated");
        LogMigrated(logger, pending.Count, db.Database.ProviderName ?? "unknown");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: {Count} migration(s) applied on {Provider}")]
    private static partial void LogMigrated(ILogger logger, int count, string provider);
}
