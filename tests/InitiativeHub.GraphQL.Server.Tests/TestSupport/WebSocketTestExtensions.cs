using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>graphql-transport-ws client helpers; every receive gives up after five seconds.</summary>
public static class WebSocketTestExtensions
{
    public static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(5);

    public static Task<WebSocket> ConnectAsync(this TestServer server, string? subProtocol = "graphql-transport-ws")
    {
        var client = server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        return client.ConnectAsync(new Uri(server.BaseAddress, "graphql"), TestContext.Current.CancellationToken);
    }

    public static async Task<WebSocket> ConnectAndInitAsync(this TestServer server)
    {
        var socket = await server.ConnectAsync();
        await socket.SendJsonAsync("""{"type":"connection_init"}""");
        var ack = await socket.ReceiveJsonAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return socket;
    }

    public static Task SendJsonAsync(this WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, TestContext.Current.CancellationToken);

    public static Task SubscribeAsync(this WebSocket socket, string id, string query) =>
        socket.SendJsonAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    public static async Task<JsonElement> ReceiveJsonAsync(this WebSocket socket)
    {
        var (type, text) = await ReceiveAsync(socket);
        Assert.True(type == WebSocketMessageType.Text, $"Expected a message, got close {socket.CloseStatus} '{socket.CloseStatusDescription}'.");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<int> ReceiveCloseAsync(this WebSocket socket)
    {
        var (type, text) = await ReceiveAsync(socket);
        Assert.True(type == WebSocketMessageType.Close, $"Expected close, got message {text}");
        return (int)socket.CloseStatus!.Value;
    }

    private static async Task<(WebSocketMessageType Type, string Text)> ReceiveAsync(WebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result.MessageType, Encoding.UTF8.GetString(message.ToArray()));
    }
}
