using System.Net.WebSockets;
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
        WebSocketJson.SendAsync(socket, message, cancellation);

    private static Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellation) =>
        WebSocketJson.ReceiveAsync(socket, TimeSpan.FromSeconds(60), cancellation);
}
