namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>Options of the <c>graphql-transport-ws</c> endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>Time a client has to send <c>connection_init</c> before the socket closes with 4408. Default 10 s.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interval of WebSocket-level keep-alive frames; <see langword="null"/> = ASP.NET Core's default.</summary>
    public TimeSpan? KeepAliveInterval { get; set; }

    /// <summary>
    /// Authenticates the connection from its <c>connection_init</c> payload. Set <see cref="WebSocketConnectionInitContext.User"/>
    /// to the principal used for every operation on the socket; return <see langword="false"/> to close with 4403 Forbidden.
    /// <see langword="null"/> keeps the user of the upgrade request.
    /// </summary>
    public Func<WebSocketConnectionInitContext, ValueTask<bool>>? AuthenticateConnectionAsync { get; set; }
}
