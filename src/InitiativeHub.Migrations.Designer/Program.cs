using System.Reflection;
using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project src/InitiativeHub.Migrations.Designer -- add <MigrationName> [Sqlite|Postgres]
// Without a provider the migration is scaffolded for both, so the two migration sets stay in step with the one model.
if (args is not ["add", var name, ..] || args.Length > 3)
{
    Console.Error.WriteLine("usage: add <MigrationName> [Sqlite|Postgres]");
    return 2;
}

DatabaseProvider[] providers = args.Length > 2 ? [Enum.Parse<DatabaseProvider>(args[2], ignoreCase: true)] : Enum.GetValues<DatabaseProvider>();
var repositoryRoot = FindRepositoryRoot();
foreach (var provider in providers)
{
    await ScaffoldAsync(provider, name, repositoryRoot);
}

return 0;

static async Task ScaffoldAsync(DatabaseProvider provider, string name, string repositoryRoot)
{
    // No connection is opened: scaffolding compares the model with the provider's snapshot.
    var (assemblyName, connectionString) = provider switch
    {
        DatabaseProvider.Sqlite => (DataServiceCollectionExtensions.SqliteMigrationsAssembly, "Data Source=design-time.db"),
        DatabaseProvider.Postgres => (DataServiceCollectionExtensions.PostgresMigrationsAssembly, "Host=127.0.0.1;Database=design_time"),
        _ => throw new InvalidOperationException($"Unknown provider {provider}."),
    };
    var projectDirectory = Path.Combine(repositoryRoot, "src", assemblyName);
    var migrationsAssembly = Assembly.Load(assemblyName);

    var optionsBuilder = new DbContextOptionsBuilder<AppDbContext>();
    DataServiceCollectionExtensions.Configure(
        optionsBuilder, new InitiativeHubOptions { Database = new DatabaseOptions { Provider = provider } }, connectionString);
    await using var context = new AppDbContext(optionsBuilder.Options);

    var reporter = new OperationReporter(new OperationReportHandler(
        errorHandler: message => Console.Error.WriteLine(message),
        warningHandler: message => Console.WriteLine($"warning: {message}"),
        informationHandler: Console.WriteLine,
        verboseHandler: _ => { }));
    var services = new DesignTimeServicesBuilder(migrationsAssembly, Assembly.GetExecutingAssembly(), reporter, [])
        .Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, assemblyName, "Migrations", "C#");
    if (migration.MigrationCode.Contains("protected override void Up(MigrationBuilder migrationBuilder)\n        {\n\n        }", StringComparison.Ordinal))
    {
        Console.WriteLine($"warning: the model has not changed for {provider}; the migration is empty.");
    }

    var files = scaffolder.Save(projectDirectory, migration, Path.Combine(projectDirectory, "Migrations"));
    Console.WriteLine($"{provider}: wrote {files.MigrationFile}");
    Console.WriteLine($"{provider}: wrote {files.MetadataFile}");
    Console.WriteLine($"{provider}: wrote {files.SnapshotFile}");
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InitiativeHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("InitiativeHub.sln not found above the tool.");
}
