using System.Diagnostics;

namespace InitiativeHub.Testing;

/// <summary>
/// The real InitiativeHub host started as its own process on 127.0.0.1, with its own data folder, HTTP port, Orleans
/// ports and ClusterId, configured only through environment variables as an operator would. Stopped by its PID.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const string AdminEmail = "quantri@initiativehub.test";
    public const string AdminPassword = "QuanTri2026";

    private readonly Process _process;
    private readonly StreamWriter _log;

    private HostProcess(Process process, StreamWriter log, Uri baseAddress, string dataPath, string logPath)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
        DataPath = dataPath;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public string DataPath { get; }

    public string LogPath { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>From starting the process to the first 200 on <c>/health/ready</c> (polled every 50 ms): the cold start.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>Starts a host and waits until <c>/health/ready</c> answers 200.</summary>
    public static Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string? dataPath = null, CancellationToken cancellationToken = default) =>
        StartBuildAsync(null, settings, dataPath, cancellationToken);

    /// <summary>
    /// Starts the host built at <paramref name="hostAssembly"/> (another commit's output: the bench compares cold
    /// starts of two builds; null: this repository's own build output) and waits until it is ready.
    /// </summary>
    public static async Task<HostProcess> StartBuildAsync(
        string? hostAssembly, IReadOnlyDictionary<string, string>? settings = null, string? dataPath = null, CancellationToken cancellationToken = default)
    {
        dataPath ??= Directory.CreateTempSubdirectory("initiativehub-test-").FullName;
        var port = FreePorts.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        start.ArgumentList.Add(hostAssembly ?? RepositoryPaths.HostAssembly);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["InitiativeHub__DataPath"] = dataPath,
            ["InitiativeHub__Orleans__ClusterId"] = $"test-{Guid.NewGuid():N}",
            ["InitiativeHub__Orleans__SiloPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InitiativeHub__Orleans__GatewayPort"] = FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["InitiativeHub__Bootstrap__AdminEmail"] = AdminEmail,
            ["InitiativeHub__Bootstrap__AdminPassword"] = AdminPassword,
            ["InitiativeHub__Logging__Format"] = "Simple",
            // Every test client comes from 127.0.0.1: the suite's own pace is not abuse. Tests of the limits set their own.
            ["InitiativeHub__RateLimits__SignInsPerAddressPerMinute"] = "100000",
            ["InitiativeHub__RateLimits__RegistrationsPerAddressPerHour"] = "100000",
            ["InitiativeHub__RateLimits__MutationsPerAddressPerMinute"] = "100000",
            ["InitiativeHub__RateLimits__MutationsPerUserPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var logPath = Path.Combine(dataPath, "host.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var started = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, baseAddress, dataPath, logPath);
        // A bound for a hung host, not a performance goal: a loaded 2-core box has taken over a minute to start one.
        await host.WaitUntilReadyAsync(TimeSpan.FromMinutes(3), cancellationToken);
        host.ReadyAfter = started.Elapsed;
        return host;
    }

    /// <summary>Runs the host binary as an operator command (e.g. <c>verify-audit</c>) against a data folder.</summary>
    public static Task<(int ExitCode, string Output)> RunCommandAsync(string dataPath, params string[] arguments) =>
        RunCommandAsync(dataPath, null, arguments);

    /// <summary>Runs an operator command with extra settings (environment variables), e.g. its own Orleans ports.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataPath, IReadOnlyDictionary<string, string>? settings, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        start.ArgumentList.Add(RepositoryPaths.HostAssembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["InitiativeHub__DataPath"] = dataPath;
        start.Environment["InitiativeHub__Logging__Format"] = "Simple";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The command did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Kills the host at once (SIGKILL), as a crash would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}; see {LogPath}:\n{ReadLog()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50, cancellationToken);
        }

        throw new TimeoutException($"The host was not ready within {timeout}; see {LogPath}:\n{ReadLog()}");
    }

    private string ReadLog()
    {
        lock (_log)
        {
            _log.Flush();
        }

        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
