using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Cluster;

/// <summary>A graphql-transport-ws subscriber connected to one chosen host of a cluster.</summary>
public static class ClusterSocket
{
    private const string WatchExport = "subscription($id: ID!) { onExportJobChanged(jobId: $id) { id status progress } }";

    /// <summary>Subscribes on <paramref name="host"/> and collects the job's events until the server completes.</summary>
    public static async Task<List<JsonObject>> FollowExportAsync(HostProcess host, ApiClient user, string jobId, CancellationToken cancellation)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(host.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, cancellation);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {user.AccessToken}" } }, cancellation);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket, cancellation))!["type"]!.GetValue<string>());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = WatchExport, variables = new { id = jobId } } }, cancellation);
        var events = new List<JsonObject>();
        while (await ReceiveAsync(socket, cancellation) is { } message && message["type"]!.GetValue<string>() == "next")
        {
            Assert.Null(message["payload"]!["errors"]);
            events.Add(message["payload"]!["data"]!["onExportJobChanged"]!.AsObject());
        }

        return events;
    }

    private static Task SendAsync(ClientWebSocket socket, object message, CancellationToken cancellation) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)), WebSocketMessageType.Text, true, cancellation);

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
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
