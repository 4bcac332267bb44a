using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace InitiativeHub.Infrastructure.Tests.Data;

/// <summary>
/// A fresh, migrated database for one test class, reached through the host's own data registrations (the same
/// repositories and readers, the same migrator), configured only through settings as an operator would.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    protected TestDatabase(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    public string DataPath { get; } = Directory.CreateTempSubdirectory("initiativehub-db-").FullName;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not ready.");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["InitiativeHub:DataPath"] = DataPath,
            ["InitiativeHub:Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{DataServiceCollectionExtensions.ConnectionStringName}"] = ConnectionString(),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddInitiativeHubData(configuration);
        _services = services.BuildServiceProvider();
        // Only the migrator of the host's start-up work: the outbox and sweepers are not under test here.
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataPath, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>The connection string the host would be given; null for SQLite's default file under the data folder.</summary>
    protected abstract string? ConnectionString();
}

/// <summary>SQLite: its default file under a fresh data folder.</summary>
public sealed class SqliteDatabase() : TestDatabase(DatabaseProvider.Sqlite)
{
    protected override string? ConnectionString() => null;
}

/// <summary>PostgreSQL: a fresh database in the test run's cluster, created by the migrator.</summary>
public sealed class PostgresDatabase(PostgresServer server) : TestDatabase(DatabaseProvider.Postgres)
{
    protected override string? ConnectionString() => server.ConnectionString(PostgresServer.NewDatabaseName("infra"));
}
