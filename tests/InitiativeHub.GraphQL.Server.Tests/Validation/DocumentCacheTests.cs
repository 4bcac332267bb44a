using System.Net;
using System.Text.Json;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;
using InitiativeHub.GraphQL.Server.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.Validation;

/// <summary>
/// The transport's document cache: a repeated document is validated once, but every limit that depends on the request
/// (variables, the HTTP method, request rules, the field limit) is still applied to each request.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string Echo = "query ($text: String!, $times: Int) { echo(text: $text, times: $times) }";

    [Fact]
    public async Task SameDocument_IsValidatedOnce()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o => o.ValidationRules.Add(rule));

        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await PostAsync(host, "{ ward }");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(TestQuery.Ward, body.GetProperty("data").GetProperty("ward").GetString());
        }

        Assert.Equal(1, rule.Runs);
    }

    [Fact]
    public async Task Disabled_ValidatesEveryRequest()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.ValidationRules.Add(rule);
            o.DocumentCacheSize = 0;
        });

        await PostAsync(host, "{ ward }");
        await PostAsync(host, "{ ward }");

        Assert.Equal(2, rule.Runs);
    }

    [Fact]
    public async Task IsBounded_TheLeastRecentlyUsedDocumentLeavesFirst()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.ValidationRules.Add(rule);
            o.DocumentCacheSize = 2;
        });

        await PostAsync(host, "{ a: ward }");
        await PostAsync(host, "{ b: ward }");
        await PostAsync(host, "{ a: ward }"); // from the cache; b is now the least recently used
        Assert.Equal(2, rule.Runs);

        await PostAsync(host, "{ c: ward }"); // the third document pushes b out
        await PostAsync(host, "{ a: ward }");
        Assert.Equal(3, rule.Runs);

        await PostAsync(host, "{ b: ward }");
        Assert.Equal(4, rule.Runs);
    }

    [Fact]
    public async Task DocumentLongerThanTheLimit_IsNotKept()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.ValidationRules.Add(rule);
            o.MaximumCachedDocumentLength = 8;
        });

        await PostAsync(host, "{ ward }"); // 8 characters: kept
        await PostAsync(host, "{ ward }");
        await PostAsync(host, "{  ward }"); // 9: validated every time
        await PostAsync(host, "{  ward }");

        Assert.Equal(3, rule.Runs);
    }

    [Fact]
    public async Task CachedDocument_WithOtherVariables_HasThemChecked()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o => o.ValidationRules.Add(rule));

        var (okStatus, ok) = await PostAsync(host, Echo, new { text = "ab", times = 2 });
        var (missingStatus, missing) = await PostAsync(host, Echo, new { times = 2 });
        var (wrongTypeStatus, wrongType) = await PostAsync(host, Echo, new { text = "ab", times = "hai" });
        var (againStatus, again) = await PostAsync(host, Echo, new { text = "x", times = 3 });

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal("abab", ok.GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        Assert.False(missing.TryGetProperty("data", out _));
        Assert.Equal("INVALID_VALUE", missing.FirstErrorCode());
        Assert.Contains("$text", missing.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongTypeStatus);
        Assert.False(wrongType.TryGetProperty("data", out _));
        Assert.Contains("$times", wrongType.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, againStatus);
        Assert.Equal("xxx", again.GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal(1, rule.Runs); // the checks above came from the cached document, not from validating it again
    }

    [Fact]
    public async Task RejectedDocument_IsNotKept_AndIsRejectedEveryTime()
    {
        var rule = new CountingDocumentRule();
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.ValidationRules.Add(rule);
            o.MaximumAliases = 1;
        });

        for (var i = 0; i < 2; i++)
        {
            var (status, body) = await PostAsync(host, "{ a: ward b: ward }");
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(MaxAliasesValidationRule.ErrorCode, body.FirstErrorCode());
        }

        Assert.Equal(2, rule.Runs);
    }

    [Fact]
    public async Task CachedMutation_OverGet_IsStillRefused()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        const string mutation = "mutation { shout(text: \"a\") }";
        var client = host.CreateClient();

        using var posted = await client.PostJsonAsync(HttpTestExtensions.Body(mutation));
        using var got = await client.GetGraphQLAsync("query=" + Uri.EscapeDataString(mutation));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, got.StatusCode);
        Assert.Equal("HTTP_METHOD_VALIDATION", (await got.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task CachedDocument_StillCountsAgainstTheRequestRules()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.RequestValidationRules.Add(new CountingLimitRule(2, TimeSpan.FromSeconds(5))));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await PostAsync(host, "mutation { shout(text: \"a\") }");
            statuses.Add(status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(GraphQLTestHost host, string query, object? variables = null)
    {
        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body(query, variables));
        return (response.StatusCode, await response.ReadJsonAsync());
    }
}
