using System.Reflection;

namespace InitiativeHub.Testing;

/// <summary>Where the repository and the host's build output are, seen from a test binary.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The host's own build output, in the same configuration (Debug/Release) as the tests.</summary>
    public static string HostAssembly
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "src", "InitiativeHub.Host", "bin", configuration, "net10.0", "InitiativeHub.Host.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the host first.", path);
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "InitiativeHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("InitiativeHub.sln not found above the test binaries.");
    }
}
