using System.Net.WebSockets;
using System.Text.Json.Nodes;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>A graphql-transport-ws client signed in with an API client's bearer token.</summary>
public sealed class RankingSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private RankingSocket()
    {
    }

    public static async Task<RankingSocket> ConnectAsync(ApiClient client)
    {
        var socket = new RankingSocket();
        socket._socket.Options.AddSubProtocol("graphql-transport-ws");
        var http = client.Http.BaseAddress!;
        var uri = new UriBuilder(http) { Scheme = http.Scheme == "https" ? "wss" : "ws", Path = "/graphql" }.Uri;
        await socket._socket.ConnectAsync(uri, TestContext.Current.CancellationToken);
        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = $"Bearer {client.AccessToken}" } });
        var ack = await socket.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("connection_ack", ack?["type"]?.GetValue<string>());
        return socket;
    }

    public Task SubscribeAsync(string id, string query, object variables) => SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message, or null when none came within <paramref name="timeout"/> or the socket closed.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan timeout)
    {
        try
        {
            return await WebSocketJson.ReceiveAsync(_socket, timeout, TestContext.Current.CancellationToken);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        _socket.Dispose();
    }

    private Task SendAsync(object message) => WebSocketJson.SendAsync(_socket, message, TestContext.Current.CancellationToken);
}
