using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Campaigns;

/// <summary>Steps the campaign and entry journeys share.</summary>
public static class JourneySteps
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>A short unique tag, so each test finds its own campaign among those other tests made.</summary>
    public static string Tag() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    /// <summary>An instant as typed into the forms: Vietnam wall-clock time, "30/04/2026 17:00".</summary>
    public static string VietnamInput(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A small but real PDF (the server sniffs the bytes, not the name).</summary>
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + $"% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>Waits until the interactive entry form is live (its circuit connected), so typing reaches the server.</summary>
    public static async Task WaitForEntryFormAsync(IPage page)
    {
        await Expect(page.Locator(".entry-form[data-ready='true']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("fieldset.form-shell")).ToBeEnabledAsync();
    }

    /// <summary>Whether the page is wider than its screen (a layout that does not fit a phone).</summary>
    public static async Task AssertFitsTheScreenAsync(BrowserSession browser)
    {
        var overflow = await browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the {browser.Screen.Name} screen.");
    }

    /// <summary>Every input, select and textarea on the page has a label.</summary>
    public static async Task AssertAllFieldsLabelledAsync(IPage page)
    {
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).map(e => e.outerHTML)");
        Assert.Empty(unlabelled);
    }
}
