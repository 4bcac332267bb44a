using InitiativeHub.Testing;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace InitiativeHub.Host.Tests;

/// <summary>A host configured for PostgreSQL (a fresh database in the test run's cluster), as an operator would.</summary>
public sealed class PostgresHostFixture(PostgresServer server) : HostFixture
{
    private readonly IReadOnlyDictionary<string, string> _settings = server.HostSettings(PostgresServer.NewDatabaseName("host"));

    /// <summary>The host's database, for tests that read what it stored.</summary>
    public string ConnectionString => _settings["ConnectionStrings__InitiativeHub"];

    protected override IReadOnlyDictionary<string, string>? Settings => _settings;
}

[CollectionDefinition(Name)]
public sealed class PostgresHostCollection : ICollectionFixture<PostgresHostFixture>
{
    public const string Name = "host-postgres";
}
