using GraphQL;
using InitiativeHub.GraphQL.Server.Execution;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>Negotiates the subprotocol and runs one <c>graphql-transport-ws</c> connection.</summary>
internal static class GraphQLWebSocketHandler
{
    public const string SubProtocol = "graphql-transport-ws";

    public static async Task HandleAsync(
        HttpContext context,
        GraphQLHttpMiddlewareOptions options,
        IDocumentExecuter executer,
        GraphQLOperationRunner runner,
        IGraphQLTextSerializer serializer)
    {
        // Why before accepting: a client that does not speak the protocol must not get an open socket.
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"WebSocket requests must offer the '{SubProtocol}' subprotocol.", context.RequestAborted);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = SubProtocol,
            KeepAliveInterval = options.WebSockets.KeepAliveInterval,
        });
        using var connection = new GraphQLTransportWsConnection(context, socket, options, executer, runner, serializer);
        await connection.RunAsync();
    }
}
