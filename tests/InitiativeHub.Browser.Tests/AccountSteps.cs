using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace InitiativeHub.Browser.Tests;

/// <summary>The steps the account tests share, done the way a person does them (or through the API for set-up).</summary>
public static partial class AccountSteps
{
    public const string Password = "MatKhau2026";

    /// <summary>A new, unique email for one test.</summary>
    public static string NewEmail(string who) => $"{who}.{Guid.NewGuid():N}@example.vn";

    /// <summary>Creates an account through the <c>/auth/register</c> API: set-up, not the thing under test.</summary>
    public static async Task RegisterThroughApiAsync(BrowserFixture fixture, string email, string password = Password)
    {
        using var client = fixture.CreateApiClient();
        using var response = await client.PostAsJsonAsync("auth/register", new { email, password });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Fills and submits the sign-in form at /dang-nhap.</summary>
    public static async Task SignInAsync(BrowserSession browser, string email, string password, string path = "/dang-nhap")
    {
        await browser.GotoAsync(path);
        await browser.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await browser.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
    }

    /// <summary>The password reset code from the newest .eml in the host's outbox addressed to <paramref name="email"/>.</summary>
    public static string ReadResetCodeFromOutbox(BrowserFixture fixture, string email)
    {
        var outbox = Path.Combine(fixture.DataPath, "outbox");
        foreach (var file in Directory.GetFiles(outbox, "*.eml").OrderDescending(StringComparer.Ordinal))
        {
            var message = File.ReadAllText(file);
            var split = message.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (!message.Contains($"To: {email}\r\n", StringComparison.Ordinal) || split < 0)
            {
                continue;
            }

            var body = Encoding.UTF8.GetString(Convert.FromBase64String(message[(split + 4)..].Replace("\r\n", string.Empty, StringComparison.Ordinal)));
            return ResetCodeLine().Match(body) is { Success: true } match
                ? match.Value
                : throw new InvalidOperationException($"No reset code in {file}:\n{body}");
        }

        throw new InvalidOperationException($"No message to {email} in {outbox}.");
    }

    // The code is base64url on a line of its own.
    [GeneratedRegex("^[A-Za-z0-9_-]{40,}$", RegexOptions.Multiline)]
    private static partial Regex ResetCodeLine();
}
