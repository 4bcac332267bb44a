namespace InitiativeHub.Infrastructure.Configuration;

/// <summary>The <c>InitiativeHub</c> configuration section (environment variables <c>InitiativeHub__…</c>).</summary>
public sealed class InitiativeHubOptions
{
    public const string SectionName = "InitiativeHub";

    /// <summary>Everything the single-machine default writes: SQLite file, attachments, outbox, keys.</summary>
    public string DataPath { get; set; } = "./data";

    public DatabaseOptions Database { get; set; } = new();

    public DirectivesOptions Directives { get; set; } = new();

    /// <summary>The data folder as an absolute path (relative paths are taken from the working directory).</summary>
    public string FullDataPath => Path.GetFullPath(DataPath);
}
