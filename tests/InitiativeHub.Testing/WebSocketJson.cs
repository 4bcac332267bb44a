using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InitiativeHub.Testing;

/// <summary>JSON messages over a client WebSocket, as graphql-transport-ws frames them (one text message each).</summary>
public static class WebSocketJson
{
    public static Task SendAsync(ClientWebSocket socket, object message, CancellationToken cancellationToken) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, cancellationToken);

    /// <summary>The next whole message, or null when the server closed the socket; throws when none came within <paramref name="timeout"/>.</summary>
    public static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cancel.CancelAfter(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonNode.Parse(message.ToArray())!.AsObject();
    }
}
