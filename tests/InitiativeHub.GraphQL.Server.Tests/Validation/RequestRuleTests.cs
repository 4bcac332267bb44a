using System.Net;
using System.Text.Json;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;
using InitiativeHub.GraphQL.Server.Validation;

namespace InitiativeHub.GraphQL.Server.Tests.Validation;

/// <summary>Request rules (rate limits), hidden suggestions and the execution timeout over WebSocket.</summary>
public sealed class RequestRuleTests
{
    [Fact]
    public async Task RequestRule_Refusal_Is429WithRetryAfterRoundedUp()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.RequestValidationRules.Add(new CountingLimitRule(1, TimeSpan.FromSeconds(41.2))));
        var client = host.CreateClient();

        using var first = await client.PostJsonAsync(HttpTestExtensions.Body("mutation { shout(text: \"a\") }"));
        using var second = await client.PostJsonAsync(HttpTestExtensions.Body("mutation { shout(text: \"b\") }"));
        var body = await second.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(42), second.Headers.RetryAfter?.Delta);
        Assert.Equal(TooManyRequestsError.ErrorCode, body.FirstErrorCode());
        Assert.False(body.TryGetProperty("data", out _)); // refused before execution
    }

    [Fact]
    public async Task RequestRule_QueriesAreNotCounted()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.RequestValidationRules.Add(new CountingLimitRule(0, TimeSpan.FromSeconds(5))));

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RequestRule_InBatch_RefusesOnlyTheItemsOverTheLimit()
    {
        await using var host = await GraphQLTestHost.StartAsync(o =>
        {
            o.EnableBatchedRequests = true;
            o.RequestValidationRules.Add(new CountingLimitRule(1, TimeSpan.FromSeconds(3)));
        });
        var batch = $"[{HttpTestExtensions.Body("mutation { shout(text: \"a\") }")},{HttpTestExtensions.Body("mutation { shout(text: \"b\") }")}]";

        using var response = await host.CreateClient().PostJsonAsync(batch);
        var items = (await response.ReadJsonAsync()).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Single(items, item => item.TryGetProperty("data", out _));
        Assert.Single(items, item => item.TryGetProperty("errors", out _) && item.FirstErrorCode() == TooManyRequestsError.ErrorCode);
    }

    [Fact]
    public async Task RequestRule_OverWebSocket_SendsTheCodedError()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.RequestValidationRules.Add(new CountingLimitRule(0, TimeSpan.FromSeconds(5))));
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("m1", "mutation { shout(text: \"a\") }");
        var error = await socket.ReceiveJsonAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(TooManyRequestsError.ErrorCode, error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ wardd }")]
    [InlineData("{ echo(txt: \"x\") }")]
    [InlineData("query($v: Strin) { ward }")]
    public async Task Suggestions_WhenIntrospectionIsOff_AreHidden(string query)
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.EnableIntrospection = false);

        var body = await PostAsync(host, query);

        Assert.DoesNotContain("Did you mean", body.FirstErrorMessage(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.FirstErrorCode()));
    }

    [Fact]
    public async Task Suggestions_WhenIntrospectionIsOn_AreKept()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var body = await PostAsync(host, "{ wardd }");

        Assert.Contains("Did you mean 'ward'", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaximumFields_Over_RejectedBeforeValidation()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumFields = 3);

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward ward node { level child { level } } }"));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_FIELDS", body.FirstErrorCode());
        Assert.Contains("6 fields", body.FirstErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaximumFields_AtLimit_ExecutesAndCountsAFragmentOnce()
    {
        // ward + node + node + level (fragment N written once, spread twice) = 4.
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumFields = 4);

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ...F a: node { ...N } b: node { ...N } } fragment F on Query { ward } fragment N on Node { level }"));
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestQuery.Ward, body.GetProperty("data").GetProperty("ward").GetString());
    }

    [Fact]
    public async Task MaximumFields_UnparsableDocument_GetsTheParserError()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumFields = 3);

        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body("{ ward "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", (await response.ReadJsonAsync()).FirstErrorCode());
    }

    [Fact]
    public async Task Ws_SlowQuery_GetsTheTimeoutError()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("q1", "{ slow }");
        var next = await socket.ReceiveJsonAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("TIMEOUT", next.GetProperty("payload").FirstErrorCode());
    }

    [Fact]
    public async Task Ws_Subscription_OutlivesTheExecutionTimeout()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("s1", "subscription { messageAdded }");
        await host.Subject.WaitForObserversAsync(1);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        host.Subject.OnNext("vẫn còn");
        var next = await socket.ReceiveJsonAsync();

        Assert.Equal("vẫn còn", next.GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetString());
    }

    private static async Task<JsonElement> PostAsync(GraphQLTestHost host, string query)
    {
        using var response = await host.CreateClient().PostJsonAsync(HttpTestExtensions.Body(query));
        return await response.ReadJsonAsync();
    }
}
