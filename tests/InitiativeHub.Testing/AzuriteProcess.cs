using System.ComponentModel;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace InitiativeHub.Testing;

/// <summary>
/// A real Azurite blob service (npm <c>azurite</c> installed in tests/tools/azurite) on 127.0.0.1 and a free port,
/// storing into a temporary folder, killed by its PID when the tests are done. Missing Azurite fails the tests: the
/// Azure store must never silently go untested.
/// </summary>
public sealed class AzuriteProcess : Xunit.IAsyncLifetime
{
    public const string InstallCommand = "npm ci --prefix tests/tools/azurite";

    // The emulator's published development account (the same for every Azurite; not a secret).
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly StringBuilder _output = new();
    private Process? _process;

    public string Location { get; } = Directory.CreateTempSubdirectory("initiativehub-azurite-").FullName;

    public string ConnectionString { get; private set; } = null!;

    /// <summary>The account's blob endpoint (<c>http://127.0.0.1:port/devstoreaccount1</c>): every SAS URL starts so.</summary>
    public string BlobEndpoint { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var main = Path.Combine(RepositoryPaths.Root, "tests", "tools", "azurite", "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({main} is missing). Run `{InstallCommand}` in the repository root, then run the tests again.");
        }

        // A free port can be taken again between choosing it and Azurite binding it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePorts.Next();
            try
            {
                await StartAsync(main, port);
                BlobEndpoint = $"http://127.0.0.1:{port}/{AccountName}";
                ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";
                return;
            }
            catch (AzuriteExitedException) when (attempt < 3)
            {
                _process?.Dispose();
                _process = null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        Directory.Delete(Location, recursive: true);
    }

    private async Task StartAsync(string main, int port)
    {
        lock (_output)
        {
            _output.Clear();
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            main, "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--location", Location, "--silent", "--loose", "--skipApiVersionCheck", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException("Node.js (`node`) is needed to run Azurite but was not found on PATH.", exception);
        }

        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60));
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new AzuriteExitedException($"Azurite exited with code {_process.ExitCode}:\n{Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on port {port} within {timeout}:\n{Output()}");
    }

    private sealed class AzuriteExitedException(string message) : InvalidOperationException(message);

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
