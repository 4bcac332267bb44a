using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InitiativeHub.Browser.Tests;

/// <summary>
/// One test's browser: its own context (cookies) and page, every console error and uncaught page error recorded,
/// screenshots named after the test and screen. A test ends with <see cref="AssertNoBrowserErrors"/>.
/// </summary>
public sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly Uri _baseAddress;
    private readonly string _testName;
    private readonly List<string> _errors = [];
    private int _screenshotNumber;

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress, ScreenSize screen, string testName)
    {
        _context = context;
        Page = page;
        _baseAddress = baseAddress;
        Screen = screen;
        _testName = testName;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console error: {message.Text} ({message.Location})");
                }
            }
        };
        // A missing stylesheet or script is an error too, whether or not the browser logs it.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (_errors)
                {
                    _errors.Add($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
                }
            }
        };
        page.RequestFailed += (_, request) =>
        {
            // ERR_ABORTED is a request the page itself cancelled (a new navigation began), not a failure.
            if (request.Failure?.Contains("ERR_ABORTED", StringComparison.Ordinal) == true)
            {
                return;
            }

            lock (_errors)
            {
                _errors.Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add($"page error: {error}");
            }
        };
    }

    public IPage Page { get; }

    public ScreenSize Screen { get; }

    public static async Task<BrowserSession> OpenAsync(BrowserFixture fixture, ScreenSize screen, string testName)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            HasTouch = screen.IsMobile,
            // The browser asks for English: the site must still answer in Vietnamese until the visitor switches.
            Locale = "en-US",
            TimezoneId = "Asia/Ho_Chi_Minh",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, fixture.BaseAddress, screen, testName);
    }

    /// <summary>Opens a site-relative path ("/dang-nhap") and waits for the page to load.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(new Uri(_baseAddress, path.TrimStart('/')).ToString());
        Assert.NotNull(response);
    }

    /// <summary>The current path and query, e.g. "/dang-nhap?status=registered".</summary>
    public string CurrentPath => new Uri(Page.Url).PathAndQuery;

    /// <summary>A full-page screenshot under TestResults/screenshots, numbered in the order the test took them.</summary>
    public async Task ScreenshotAsync(string step)
    {
        _screenshotNumber++;
        var name = $"{Sanitize(_testName)}-{Screen.Name}-{_screenshotNumber:00}-{Sanitize(step)}.png";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name), FullPage = true });
    }

    /// <summary>Fails the test on any console error or uncaught script error seen so far.</summary>
    public void AssertNoBrowserErrors()
    {
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, "The browser reported errors:\n" + string.Join("\n", _errors));
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static string Sanitize(string text) => UnsafeFileNameCharacters().Replace(text, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex UnsafeFileNameCharacters();
}
