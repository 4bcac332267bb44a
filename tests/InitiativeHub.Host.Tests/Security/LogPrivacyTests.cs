using System.Net.Http.Json;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Security;

/// <summary>The host's logs hold no password, token or e-mail address, even for failed sign-ins and bad requests.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Logs_AfterSignUpSignInFailuresAndApiUse_HoldNoSecretsOrPersonalData()
    {
        // Arrange: a host of its own, logging at Debug so even chatty framework messages are checked.
        await using var host = await HostProcess.StartAsync(
            new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Debug", ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug" },
            cancellationToken: TestContext.Current.CancellationToken);
        var client = new ApiClient(host.CreateClient());
        var email = $"bi.mat.{Guid.NewGuid():N}@example.vn";
        var password = $"MatKhau{Random.Shared.Next(100_000, 999_999)}";
        var wrongPassword = $"SaiMatKhau{Random.Shared.Next(100_000, 999_999)}";

        // Act
        using (var registered = await client.RegisterAsync(email, password, TestContext.Current.CancellationToken))
        {
            registered.EnsureSuccessStatusCode();
        }

        using (var failed = await client.Http.PostAsJsonAsync("/auth/login", new { email, password = wrongPassword }, TestContext.Current.CancellationToken))
        {
            Assert.False(failed.IsSuccessStatusCode);
        }

        var tokens = await client.LoginAsync(email, password, TestContext.Current.CancellationToken);
        await client.GraphQLAsync("{ viewer { email fullName } }", cancellationToken: TestContext.Current.CancellationToken);
        await client.GraphQLAsync("mutation { khongCo }", cancellationToken: TestContext.Current.CancellationToken);
        using (var refreshed = await client.Http.PostAsJsonAsync("/auth/refresh", new { refreshToken = tokens["refreshToken"]!.GetValue<string>() }, TestContext.Current.CancellationToken))
        {
            refreshed.EnsureSuccessStatusCode();
        }

        var log = await ReadLogAsync(host.LogPath);

        // Assert: the log is live (requests are in it at Debug) and holds none of the secrets.
        Assert.Contains("/auth/login", log, StringComparison.Ordinal);
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, log, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens["accessToken"]!.GetValue<string>(), log, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens["refreshToken"]!.GetValue<string>(), log, StringComparison.Ordinal);
        Assert.DoesNotContain(email, log, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ReadLogAsync(string path)
    {
        // The host writes its log line by line as it goes; give the last request's lines a moment to land.
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
    }
}
