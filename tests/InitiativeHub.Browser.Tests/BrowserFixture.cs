using System.Globalization;
using System.Net;
using InitiativeHub.Testing;
using Microsoft.Playwright;

namespace InitiativeHub.Browser.Tests;

/// <summary>
/// Starts the host on Kestrel at http://127.0.0.1:&lt;free port&gt; with a temporary data folder, its own Orleans ports and
/// ClusterId and a bootstrap administrator, then launches Debian's Chromium headless. A missing Chromium fails the
/// tests: CI installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = "quantri@initiativehub.test";
    public const string AdminPassword = "QuanTri2026";

    private InitiativeHubFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = default!;

    public string DataPath { get; private set; } = default!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>The host's services, for setting up a scenario through the same use cases the pages call.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Where screenshots go: TestResults/screenshots beside the test binaries (or $INITIATIVEHUB_SCREENSHOTS).</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("INITIATIVEHUB_SCREENSHOTS") is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}: install Debian's package (apt-get install -y chromium), as tests/run-all.sh does.");
        }

        DataPath = Directory.CreateTempSubdirectory("initiativehub-browser-").FullName;
        var port = FreePorts.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _factory = new InitiativeHubFactory(new Dictionary<string, string>
        {
            ["InitiativeHub:DataPath"] = DataPath,
            ["InitiativeHub:Orleans:ClusterId"] = $"browser-{Guid.NewGuid():N}",
            ["InitiativeHub:Orleans:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["InitiativeHub:Orleans:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["InitiativeHub:Bootstrap:AdminEmail"] = AdminEmail,
            ["InitiativeHub:Bootstrap:AdminPassword"] = AdminPassword,
            // Signed attachment URLs must point at this host, not the default 127.0.0.1:5000.
            ["InitiativeHub:PublicBaseUrl"] = BaseAddress.ToString(),
            ["InitiativeHub:Logging:Format"] = "Simple",
            // Every browser signs in from 127.0.0.1: the suite's own pace is not abuse (the limits have their own tests).
            ["InitiativeHub:RateLimits:SignInsPerAddressPerMinute"] = "100000",
            ["InitiativeHub:RateLimits:RegistrationsPerAddressPerHour"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (no cookies) with one page at the given screen size.</summary>
    public Task<BrowserSession> OpenAsync(ScreenSize screen, string testName) => BrowserSession.OpenAsync(this, screen, testName);

    /// <summary>An HTTP client for set-up through the API (e.g. registering an account the test then signs in with).</summary>
    public HttpClient CreateApiClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the stopping host: the temp folder is cleaned by the system later.
        }
    }
}
