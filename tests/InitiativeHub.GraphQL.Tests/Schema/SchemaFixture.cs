using GraphQL;
using GraphQL.Utilities;
using InitiativeHub.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Tests.Schema;

/// <summary>The served schema, built exactly as the host builds it, printed as SDL.</summary>
public static class SchemaFixture
{
    public static string PrintServedSchema()
    {
        var services = new ServiceCollection();
        services.AddInitiativeHubSchema();
        using var provider = services.BuildServiceProvider();
        var schema = provider.GetRequiredService<InitiativeHubSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = false, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n");
    }

    public static string PathOf(string fileName) => Path.Combine(AppContext.BaseDirectory, "Schema", fileName);

    public static string SourcePathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InitiativeHub.GraphQL.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "Schema", fileName);
    }

}
