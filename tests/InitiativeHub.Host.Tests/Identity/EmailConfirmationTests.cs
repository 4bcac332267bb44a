using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Identity;

/// <summary>With <c>InitiativeHub:Identity:RequireConfirmedEmail</c> on, an account signs in only after confirming.</summary>
public sealed partial class EmailConfirmationTests
{
    [Fact]
    public async Task Register_WhenConfirmationRequired_SignsInOnlyAfterTheMailedLinkIsOpened()
    {
        // Arrange
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["InitiativeHub__Identity__RequireConfirmedEmail"] = "true" });
        var client = new ApiClient(host.CreateClient());
        var email = $"xac.nhan.{Guid.NewGuid():N}@example.vn";

        // Act
        using var registered = await client.RegisterAsync(email, "MatKhau2026", TestContext.Current.CancellationToken);
        using var before = await client.Http.PostAsJsonAsync("/auth/login", new { email, password = "MatKhau2026" }, TestContext.Current.CancellationToken);
        var link = await WaitForConfirmationLinkAsync(host.DataPath, email);
        using var confirmed = await client.Http.GetAsync(new Uri(link), TestContext.Current.CancellationToken);
        using var after = await client.Http.PostAsJsonAsync("/auth/login", new { email, password = "MatKhau2026" }, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal("NotAllowed", (await before.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task<string> WaitForConfirmationLinkAsync(string dataPath, string email)
    {
        var mails = await Outbox.WaitForMailsAsync(dataPath, email, 1, TestContext.Current.CancellationToken);
        return mails.Count > 0 ? Link().Match(mails[0]).Value : throw new InvalidOperationException("No confirmation mail was written to the outbox.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
