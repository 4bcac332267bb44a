using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace InitiativeHub.Host.Tests.Identity;

[Collection(HostCollection.Name)]
public sealed class IdentityEndpointTests(HostFixture fixture)
{
    [Fact]
    public async Task RegisterLoginViewer_WithBearerToken_ReturnsTheUser()
    {
        // Arrange
        var client = fixture.CreateClient();
        var email = $"nguyen.van.an.{Guid.NewGuid():N}@example.vn";

        // Act
        using var registered = await client.RegisterAsync(email, "MatKhau2026", TestContext.Current.CancellationToken);
        var token = await client.LoginAsync(email, "MatKhau2026", TestContext.Current.CancellationToken);
        var body = await client.GraphQLAsync("{ viewer { email fullName roles { role organization { name } } } }", cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("Bearer", token["tokenType"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(token["refreshToken"]!.GetValue<string>()));
        Assert.True(token["expiresIn"]!.GetValue<int>() > 0);
        Assert.Equal(email, body["data"]!["viewer"]!["email"]!.GetValue<string>());
        Assert.Empty(body["data"]!["viewer"]!["roles"]!.AsArray());
    }

    [Fact]
    public async Task Viewer_Anonymous_IsNull()
    {
        var client = fixture.CreateClient();
        var body = await client.GraphQLAsync("{ viewer { id } }", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Null(body["data"]!["viewer"]);
    }

    [Fact]
    public async Task BootstrapAdministrator_IsAdminOfTheRootOrganization()
    {
        var admin = await fixture.CreateAdminAsync();
        var body = await admin.GraphQLAsync("{ viewer { fullName roles { role organization { name kind parent { id } } } } }", cancellationToken: TestContext.Current.CancellationToken);
        var grant = Assert.Single(body["data"]!["viewer"]!["roles"]!.AsArray());
        Assert.Equal("ADMIN", grant!["role"]!.GetValue<string>());
        Assert.Equal("Bộ Khoa học và Công nghệ", grant["organization"]!["name"]!.GetValue<string>());
        Assert.Null(grant["organization"]!["parent"]);
    }

    [Fact]
    public async Task Refresh_WithRefreshToken_ReturnsNewAccessTokenThatWorks()
    {
        // Arrange
        var client = fixture.CreateClient();
        var email = $"refresh.{Guid.NewGuid():N}@example.vn";
        (await client.RegisterAsync(email, "MatKhau2026", TestContext.Current.CancellationToken)).Dispose();
        var login = await client.LoginAsync(email, "MatKhau2026", TestContext.Current.CancellationToken);

        // Act
        using var refreshed = await client.Http.PostAsJsonAsync(
            "/auth/refresh", new { refreshToken = login["refreshToken"]!.GetValue<string>() }, TestContext.Current.CancellationToken);
        var tokens = await refreshed.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        var fresh = new Testing.ApiClient(fixture.Host.CreateClient());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { email } }" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens!["accessToken"]!.GetValue<string>());
        using var response = await fresh.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        // Assert
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(email, body["data"]!["viewer"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Refresh_WithGarbage_Returns401()
    {
        var client = fixture.CreateClient();
        using var response = await client.Http.PostAsJsonAsync("/auth/refresh", new { refreshToken = "garbage" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Register_WeakPassword_Returns400WithReason()
    {
        var client = fixture.CreateClient();
        using var response = await client.RegisterAsync($"weak.{Guid.NewGuid():N}@example.vn", "abc", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body!["errors"]!["PasswordTooShort"]);
    }

    [Fact]
    public async Task Login_WrongPasswordFiveTimes_LocksTheAccount()
    {
        // Arrange
        var client = fixture.CreateClient();
        var email = $"lockout.{Guid.NewGuid():N}@example.vn";
        (await client.RegisterAsync(email, "MatKhau2026", TestContext.Current.CancellationToken)).Dispose();

        // Act
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.Http.PostAsJsonAsync("/auth/login", new { email, password = "SaiMatKhau1" }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var locked = await client.Http.PostAsJsonAsync("/auth/login", new { email, password = "MatKhau2026" }, TestContext.Current.CancellationToken);
        var problem = await locked.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);

        // Assert: even the right password is refused while locked out.
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal("LockedOut", problem!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphQL_WithInvalidBearerToken_IsAnonymous()
    {
        var client = fixture.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { id } }" }) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Null(body["data"]!["viewer"]);
    }
}
