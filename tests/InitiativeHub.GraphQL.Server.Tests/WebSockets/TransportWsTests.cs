using System.Net.WebSockets;
using System.Security.Claims;
using InitiativeHub.GraphQL.Server.Tests.TestSupport;

namespace InitiativeHub.GraphQL.Server.Tests.WebSockets;

public sealed class TransportWsTests
{
    [Fact]
    public async Task Ws_WithoutSubprotocol_IsRejected()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => host.Server.ConnectAsync(subProtocol: null));

        Assert.Contains("400", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ws_LegacyGraphQLWsSubprotocol_IsRejected()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => host.Server.ConnectAsync(subProtocol: "graphql-ws"));

        Assert.Contains("400", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ws_Init_ReturnsAck()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAsync();

        await socket.SendJsonAsync("""{"type":"connection_init","payload":{}}""");
        var ack = await socket.ReceiveJsonAsync();

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ws_SubscribeBeforeAck_Closes4401()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAsync();

        await socket.SubscribeAsync("1", "{ ward }");

        Assert.Equal(4401, await socket.ReceiveCloseAsync());
        Assert.Equal("Unauthorized", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Ws_DuplicateId_Closes4409()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("1", "subscription { messageAdded }");
        await host.Subject.WaitForObserversAsync(1);
        await socket.SubscribeAsync("1", "subscription { messageAdded }");

        Assert.Equal(4409, await socket.ReceiveCloseAsync());
        Assert.Equal("Subscriber for 1 already exists", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Ws_SecondInit_Closes4429()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SendJsonAsync("""{"type":"connection_init"}""");

        Assert.Equal(4429, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ws_NoInitWithinTimeout_Closes4408()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.WebSockets.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = await host.Server.ConnectAsync();

        Assert.Equal(4408, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ws_InitWithinTimeout_StaysOpen()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.WebSockets.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(300));
        using var socket = await host.Server.ConnectAndInitAsync();

        await Task.Delay(600, TestContext.Current.CancellationToken);
        await socket.SendJsonAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""["type","ping"]""")]
    [InlineData("""{"payload":{}}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ ward }"}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ ward }"}}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{}}""")]
    [InlineData("""{"type":"subscribe","id":"1"}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task Ws_InvalidMessage_Closes4400(string message)
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SendJsonAsync(message);

        Assert.Equal(4400, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ws_AuthRejected_Closes4403()
    {
        await using var host = await GraphQLTestHost.StartAsync(o =>
            o.WebSockets.AuthenticateConnectionAsync = ctx => ValueTask.FromResult(ctx.GetPayloadString("authorization") == "Bearer good"));
        using var socket = await host.Server.ConnectAsync();

        await socket.SendJsonAsync("""{"type":"connection_init","payload":{"authorization":"Bearer bad"}}""");

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
        Assert.Equal("Forbidden", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Ws_AuthAccepted_UserAppliesToEveryOperation()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.WebSockets.AuthenticateConnectionAsync = ctx =>
        {
            var token = ctx.GetPayloadString("Authorization");
            ctx.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, token![7..])], "Bearer"));
            return ValueTask.FromResult(true);
        });
        using var socket = await host.Server.ConnectAsync();
        await socket.SendJsonAsync("""{"type":"connection_init","payload":{"authorization":"Bearer alice"}}""");
        Assert.Equal("connection_ack", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());

        await socket.SubscribeAsync("1", "{ whoAmI }");
        var next = await socket.ReceiveJsonAsync();

        Assert.Equal("alice", next.GetProperty("payload").GetProperty("data").GetProperty("whoAmI").GetString());
    }

    [Fact]
    public async Task Ws_Ping_ReturnsPong()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAsync();

        await socket.SendJsonAsync("""{"type":"ping","payload":{"at":"Hưng"}}""");
        var pong = await socket.ReceiveJsonAsync();

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal("Hưng", pong.GetProperty("payload").GetProperty("at").GetString());
    }

    [Fact]
    public async Task Ws_UnsolicitedPong_IsIgnored()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SendJsonAsync("""{"type":"pong"}""");
        await socket.SendJsonAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ws_Subscription_ReceivesNextThenComplete()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("s1", "subscription { messageAdded }");
        await host.Subject.WaitForObserversAsync(1);
        host.Subject.OnNext("xin chào");
        host.Subject.OnNext("tạm biệt");
        var first = await socket.ReceiveJsonAsync();
        var second = await socket.ReceiveJsonAsync();
        host.Subject.OnCompleted();
        var complete = await socket.ReceiveJsonAsync();

        Assert.Equal("next", first.GetProperty("type").GetString());
        Assert.Equal("s1", first.GetProperty("id").GetString());
        Assert.Equal("xin chào", first.GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetString());
        Assert.Equal("tạm biệt", second.GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("s1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Ws_Query_ReceivesSingleNextAndComplete()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("q1", "{ ward }");
        var next = await socket.ReceiveJsonAsync();
        var complete = await socket.ReceiveJsonAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal(TestQuery.Ward, next.GetProperty("payload").GetProperty("data").GetProperty("ward").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
        Assert.Equal("q1", complete.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Ws_Mutation_ReceivesSingleNextAndComplete()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("m1", "mutation { shout(text: \"a\") }");
        var next = await socket.ReceiveJsonAsync();
        var complete = await socket.ReceiveJsonAsync();

        Assert.Equal("A", next.GetProperty("payload").GetProperty("data").GetProperty("shout").GetString());
        Assert.Equal("complete", complete.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ws_CompletedIdCanBeReused()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        for (var i = 0; i < 2; i++)
        {
            await socket.SubscribeAsync("same", "{ ward }");
            Assert.Equal("next", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
            Assert.Equal("complete", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task Ws_ValidationError_SendsErrorWithoutComplete()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("e1", "{ noSuchField }");
        var error = await socket.ReceiveJsonAsync();
        await socket.SendJsonAsync("""{"type":"ping"}""");
        var afterError = await socket.ReceiveJsonAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("e1", error.GetProperty("id").GetString());
        var errors = error.GetProperty("payload");
        Assert.NotEqual(0, errors.GetArrayLength());
        Assert.Contains("noSuchField", errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("pong", afterError.GetProperty("type").GetString()); // no "complete" came in between
    }

    [Fact]
    public async Task Ws_ResolverThrows_SendsMaskedErrorInNext()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("b1", "{ boom }");
        var next = await socket.ReceiveJsonAsync();

        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.DoesNotContain("secret-internal-detail", next.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("complete", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ws_ClientComplete_StopsEvents()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();
        await socket.SubscribeAsync("s1", "subscription { messageAdded }");
        await host.Subject.WaitForObserversAsync(1);
        host.Subject.OnNext("before");
        Assert.Equal("before", (await socket.ReceiveJsonAsync()).GetProperty("payload").GetProperty("data").GetProperty("messageAdded").GetString());

        await socket.SendJsonAsync("""{"type":"complete","id":"s1"}""");
        await host.Subject.WaitForObserversAsync(0);
        host.Subject.OnNext("after");
        await socket.SendJsonAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await socket.ReceiveJsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Ws_ClientClose_DisposesSubscriptions()
    {
        await using var host = await GraphQLTestHost.StartAsync();
        using var socket = await host.Server.ConnectAndInitAsync();
        await socket.SubscribeAsync("s1", "subscription { messageAdded }");
        await socket.SubscribeAsync("s2", "subscription { messageAdded }");
        await host.Subject.WaitForObserversAsync(2);

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestContext.Current.CancellationToken);
        await host.Subject.WaitForObserversAsync(0);

        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
    }

    [Fact]
    public async Task Ws_MessageOverLimit_ClosesMessageTooBig()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.MaximumRequestBytes = 128);
        using var socket = await host.Server.ConnectAndInitAsync();

        await socket.SubscribeAsync("big", "{ echo(text: \"" + new string('x', 500) + "\") }");

        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Ws_ConfigureExecution_ReceivesUpgradeRequest()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.ConfigureExecution = (http, execution) =>
        {
            execution.UserContext["tenant"] = http.Request.Query["tenant"].ToString();
            return ValueTask.CompletedTask;
        });
        var client = host.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var socket = await client.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql?tenant=hue"), TestContext.Current.CancellationToken);
        await socket.SendJsonAsync("""{"type":"connection_init"}""");
        await socket.ReceiveJsonAsync();

        await socket.SubscribeAsync("t", "{ tenant }");

        Assert.Equal("hue", (await socket.ReceiveJsonAsync()).GetProperty("payload").GetProperty("data").GetProperty("tenant").GetString());
    }
}
