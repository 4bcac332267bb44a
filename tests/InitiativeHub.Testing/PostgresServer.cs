using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace InitiativeHub.Testing;

/// <summary>
/// A private PostgreSQL cluster from Debian's <c>postgresql</c> package, one per test run: <c>initdb</c> in a temporary
/// folder, started by <c>pg_ctl</c> on 127.0.0.1 and a free port (no Unix socket outside that folder), trusted local
/// connections only, stopped by its postmaster's PID and deleted at the end. Run as the <c>postgres</c> user when the
/// tests run as root (PostgreSQL refuses root). A missing package fails the tests: the PostgreSQL provider must never
/// silently go untested.
/// </summary>
public sealed class PostgresServer : Xunit.IAsyncLifetime
{
    public const string InstallCommand = "apt-get install postgresql";

    private const string SystemUser = "postgres";

    private int _postmasterPid;

    public string Location { get; } = Directory.CreateTempSubdirectory("initiativehub-postgres-").FullName;

    public int Port { get; private set; }

    /// <summary>
    /// Keeps PostgreSQL's own durability (fsync on, the defaults) instead of the test suite's fsync=off: for
    /// measurements where a commit must reach the disk, as in production.
    /// </summary>
    public bool Durable { get; init; }

    private string DataDirectory => Path.Combine(Location, "data");

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>A connection string to a database of this cluster (created by EF's migrator when it does not exist).</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SystemUser};Database={database};Pooling=true;Include Error Detail=true";

    /// <summary>The settings (environment variables) that run a host on a database of this cluster.</summary>
    public IReadOnlyDictionary<string, string> HostSettings(string database) => new Dictionary<string, string>
    {
        ["InitiativeHub__Database__Provider"] = "Postgres",
        ["ConnectionStrings__InitiativeHub"] = ConnectionString(database),
    };

    /// <summary>A fresh, unique database name (lower-case: PostgreSQL folds unquoted names).</summary>
    public static string NewDatabaseName(string prefix) => $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}";

    public async ValueTask InitializeAsync()
    {
        var binaries = FindBinaries();
        if (IsRoot)
        {
            await RunAsync("chown", SystemUser, Location);
        }

        await RunAsPostgresAsync(
            Path.Combine(binaries, "initdb"), "-D", DataDirectory, "-U", SystemUser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");

        // A free port can be taken again between choosing it and the server binding it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePorts.Next();
            var options = $"-c listen_addresses=127.0.0.1 -p {Port.ToString(CultureInfo.InvariantCulture)} -k {Location} -c max_connections=200" + (Durable ? string.Empty : " -c fsync=off");
            var (exitCode, output) = await TryRunAsPostgresAsync(
                Path.Combine(binaries, "pg_ctl"), "start", "-w", "-t", "60", "-D", DataDirectory, "-l", Path.Combine(Location, "server.log"), "-o", options);
            if (exitCode == 0)
            {
                break;
            }

            if (attempt >= 3)
            {
                throw new InvalidOperationException($"PostgreSQL did not start (pg_ctl exit {exitCode}):\n{output}\n{ReadServerLog()}");
            }
        }

        _postmasterPid = int.Parse(File.ReadLines(Path.Combine(DataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        await WaitUntilListeningAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (_postmasterPid != 0)
        {
            // SIGINT is PostgreSQL's "fast" shutdown: sessions are ended, the server exits cleanly.
            await TryRunAsync("kill", "-INT", _postmasterPid.ToString(CultureInfo.InvariantCulture));
            await WaitForExitAsync(_postmasterPid, TimeSpan.FromSeconds(30));
        }

        try
        {
            Directory.Delete(Location, recursive: true);
        }
        catch (IOException)
        {
            // A log still being written by a dying backend; the temporary folder is left for the system to clean.
        }
    }

    private static string FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        var versions = Directory.Exists(root)
            ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "bin", "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).ToList()
            : [];
        return versions.Count > 0
            ? Path.Combine(versions[0], "bin")
            : throw new InvalidOperationException(
                $"PostgreSQL is not installed (no {root}/<version>/bin/initdb). Run `{InstallCommand}` (tests/run-all.sh does), then run the tests again.");
    }

    private static async Task WaitForExitAsync(int pid, TimeSpan timeout)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            using var cancellation = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private string ReadServerLog()
    {
        var log = Path.Combine(Location, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }

    private static async Task RunAsPostgresAsync(string program, params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsPostgresAsync(program, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed with exit code {exitCode}:\n{output}");
        }
    }

    private static Task<(int ExitCode, string Output)> TryRunAsPostgresAsync(string program, params string[] arguments) =>
        IsRoot ? TryRunAsync("runuser", ["-u", SystemUser, "--", program, .. arguments]) : TryRunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var (exitCode, output) = await TryRunAsync(program, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed with exit code {exitCode}:\n{output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> TryRunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await error);
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException($"`{program}` was not found on PATH.", exception);
        }
    }
}
