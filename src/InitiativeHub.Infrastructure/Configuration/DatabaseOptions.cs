namespace InitiativeHub.Infrastructure.Configuration;

/// <summary>Which relational engine is the system of record.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
