using System.Reflection;
using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project src/InitiativeHub.Migrations.Designer -- add <MigrationName> [Sqlite|Postgres]
if (args is not ["add", var name, ..])
{
    Console.Error.WriteLine("usage: add <MigrationName> [Sqlite|Postgres]");
    return 2;
}

var provider = args.Length > 2 ? Enum.Parse<DatabaseProvider>(args[2], ignoreCase: true) : DatabaseProvider.Sqlite;
var (assemblyName, connectionString) = provider switch
{
    DatabaseProvider.Sqlite => (DataServiceCollectionExtensions.SqliteMigrationsAssembly, "Data Source=design-time.db"),
    _ => (DataServiceCollectionExtensions.PostgresMigrationsAssembly, "Host=127.0.0.1;Database=design_time"),
};
var repositoryRoot = FindRepositoryRoot();
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
    Console.WriteLine("warning: the model has not changed; the migration is empty.");
}

var files = scaffolder.Save(projectDirectory, migration, Path.Combine(projectDirectory, "Migrations"));
Console.WriteLine($"wrote {files.MigrationFile}");
Console.WriteLine($"wrote {files.MetadataFile}");
Console.WriteLine($"wrote {files.SnapshotFile}");
return 0;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InitiativeHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("InitiativeHub.sln not found above the tool.");
}
