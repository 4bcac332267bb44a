using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Tests.Data;

/// <summary>
/// Each provider's migrations must describe the current model: a model change without a migration for either provider
/// fails here (scaffold both with <c>dotnet run --project src/InitiativeHub.Migrations.Designer -- add &lt;Name&gt;</c>).
/// </summary>
public sealed class MigrationsInStepTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=model_check")]
    public void Migrations_DescribeTheCurrentModel(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DataServiceCollectionExtensions.Configure(builder, new InitiativeHubOptions { Database = new DatabaseOptions { Provider = provider } }, connectionString);
        using var db = new AppDbContext(builder.Options);

        // No connection is opened: the model is compared with the provider's latest snapshot.
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration describes: run `dotnet run --project src/InitiativeHub.Migrations.Designer -- add <Name>`.");
    }
}
