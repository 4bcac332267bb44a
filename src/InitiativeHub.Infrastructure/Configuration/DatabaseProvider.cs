namespace InitiativeHub.Infrastructure.Configuration;

/// <summary>SQLite (one file, the default) or PostgreSQL (to scale out). One model, migrations per provider.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
