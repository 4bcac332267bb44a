using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InitiativeHub.Host.Operations;

/// <summary>Ready only when the database is migrated and answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> contexts, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrator.Completion.IsCompletedSuccessfully)
        {
            return HealthCheckResult.Unhealthy(migrator.Completion.IsFaulted ? "database migration failed" : "database not migrated yet");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
