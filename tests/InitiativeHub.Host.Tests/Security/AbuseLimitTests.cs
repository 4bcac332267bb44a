using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Security;

/// <summary>
/// Rate limits as a scripted attacker meets them: 429 with Retry-After once an allowance is used, and everyone else
/// unaffected. Each test starts its own host with small allowances so the counts are its own.
/// </summary>
public sealed class AbuseLimitTests
{
    private const string Mutation =
        "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code } } }";

    private static readonly object _mutationInput = new { input = new { name = "Tổ thử", kind = "OTHER", parentId = (string?)null } };

    [Fact]
    public async Task SignIn_OverThePerAddressAllowance_Gets429WithRetryAfter_OnTheApiAndThePage()
    {
        // Arrange
        await using var host = await StartAsync(("SignInsPerAddressPerMinute", "3"));
        var http = host.CreateClient();

        // Act: three guesses at three accounts (lockout per account would never trigger), then a fourth.
        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var guess = await http.PostAsJsonAsync("/auth/login", new { email = $"nan.nhan{i}@example.vn", password = "DoanMo2026" }, TestContext.Current.CancellationToken);
            guesses.Add(guess.StatusCode);
        }

        using var refused = await http.PostAsJsonAsync("/auth/login", new { email = "nan.nhan9@example.vn", password = "DoanMo2026" }, TestContext.Current.CancellationToken);
        using var page = await http.PostAsync(new Uri("/dang-nhap", UriKind.Relative), new FormUrlEncodedContent([new("Input.Email", "a@b.vn")]), TestContext.Current.CancellationToken);
        using var elsewhere = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.All(guesses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("RATE_LIMITED", (await refused.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Quá nhiều lượt thử", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Registration_OverThePerAddressAllowance_Gets429_AndSoDoesPasswordResetMail()
    {
        // Arrange
        await using var host = await StartAsync(("RegistrationsPerAddressPerHour", "2"));
        var client = new ApiClient(host.CreateClient());

        // Act
        using var first = await client.RegisterAsync($"dk1.{Guid.NewGuid():N}@example.vn", "MatKhau2026", TestContext.Current.CancellationToken);
        using var second = await client.RegisterAsync($"dk2.{Guid.NewGuid():N}@example.vn", "MatKhau2026", TestContext.Current.CancellationToken);
        using var third = await client.RegisterAsync($"dk3.{Guid.NewGuid():N}@example.vn", "MatKhau2026", TestContext.Current.CancellationToken);
        using var reset = await client.Http.PostAsJsonAsync("/auth/forgotPassword", new { email = "ai.do@example.vn" }, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(third.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
    }

    [Fact]
    public async Task Mutations_OverThePerUserAllowance_Get429_WhileQueriesAndOtherUsersGoOn()
    {
        // Arrange
        await using var host = await StartAsync(("MutationsPerUserPerMinute", "2"), ("MutationsPerAddressPerMinute", "1000"));
        var alice = new ApiClient(host.CreateClient());
        var bob = new ApiClient(host.CreateClient());
        await alice.SignUpAsync($"alice.{Guid.NewGuid():N}@example.vn", cancellationToken: TestContext.Current.CancellationToken);
        await bob.SignUpAsync($"bob.{Guid.NewGuid():N}@example.vn", cancellationToken: TestContext.Current.CancellationToken);

        // Act
        using var allowed1 = await alice.SendGraphQLAsync(Mutation, _mutationInput, TestContext.Current.CancellationToken);
        using var allowed2 = await alice.SendGraphQLAsync(Mutation, _mutationInput, TestContext.Current.CancellationToken);
        using var refused = await alice.SendGraphQLAsync(Mutation, _mutationInput, TestContext.Current.CancellationToken);
        var refusedBody = JsonNode.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        using var query = await alice.SendGraphQLAsync("{ viewer { id } }", cancellationToken: TestContext.Current.CancellationToken);
        using var other = await bob.SendGraphQLAsync(Mutation, _mutationInput, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, allowed1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed2.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("RATE_LIMITED", refusedBody["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(refusedBody["data"]);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Mutations_OverThePerAddressAllowance_Get429_SignedInOrNot()
    {
        // Arrange
        await using var host = await StartAsync(("MutationsPerUserPerMinute", "1000"), ("MutationsPerAddressPerMinute", "3"));
        var anonymous = new ApiClient(host.CreateClient());
        var signedIn = new ApiClient(host.CreateClient());
        await signedIn.SignUpAsync($"carol.{Guid.NewGuid():N}@example.vn", cancellationToken: TestContext.Current.CancellationToken);

        // Act
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { anonymous, signedIn, anonymous, signedIn })
        {
            using var response = await client.SendGraphQLAsync(Mutation, _mutationInput, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        // Assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static Task<HostProcess> StartAsync(params (string Name, string Value)[] limits) =>
        HostProcess.StartAsync(
            limits.ToDictionary(l => $"InitiativeHub__RateLimits__{l.Name}", l => l.Value),
            cancellationToken: TestContext.Current.CancellationToken);
}
