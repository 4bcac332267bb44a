using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.GraphQL;

/// <summary>The real /graphql endpoint as deployed: WebSocket sign-in, production limits, Vietnamese text.</summary>
[Collection(HostCollection.Name)]
public sealed class GraphQLEndpointTests(HostFixture fixture)
{
    [Fact]
    public async Task Ws_BearerTokenInConnectionInit_AuthenticatesOperations()
    {
        // Arrange
        var client = fixture.CreateClient();
        var email = $"ws.{Guid.NewGuid():N}@example.vn";
        await client.SignUpAsync(email);
        using var socket = await ConnectAsync();

        // Act
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {client.AccessToken}" } });
        var ack = await ReceiveAsync(socket);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ viewer { email } }" } });
        var next = await ReceiveAsync(socket);
        var complete = await ReceiveAsync(socket);

        // Assert
        Assert.Equal("connection_ack", ack!["type"]!.GetValue<string>());
        Assert.Equal(email, next!["payload"]!["data"]!["viewer"]!["email"]!.GetValue<string>());
        Assert.Equal("complete", complete!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ws_InvalidBearerToken_Closes4403()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = "Bearer gia-mao" } });
        var message = await ReceiveAsync(socket);
        Assert.Null(message);
        Assert.Equal(4403, (int)socket.CloseStatus!.Value);
    }

    [Fact]
    public async Task Introspection_InProduction_IsRejected()
    {
        var body = await fixture.CreateClient().GraphQLAsync("{ __schema { types { name } } }");
        Assert.Null(body["data"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task DeepQuery_OverTheDepthLimit_IsRejectedBeforeExecution()
    {
        var nested = "{ organizations { nodes { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "id" + new string('}', 20) + " } } }";
        using var response = await fixture.CreateClient().SendGraphQLAsync(nested);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Vietnamese_IsSentAsUtf8Text_NotEscaped()
    {
        var admin = await fixture.CreateAdminAsync();
        using var response = await admin.SendGraphQLAsync("{ viewer { roles { organization { name } } } }");
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Bộ Khoa học và Công nghệ", raw, StringComparison.Ordinal);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        var uri = new UriBuilder(fixture.Host.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri;
        await socket.ConnectAsync(uri, TestContext.Current.CancellationToken);
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        WebSocketJson.SendAsync(socket, message, TestContext.Current.CancellationToken);

    /// <summary>The next message, or null when the server closed the socket.</summary>
    private static Task<JsonObject?> ReceiveAsync(ClientWebSocket socket) =>
        WebSocketJson.ReceiveAsync(socket, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
}
