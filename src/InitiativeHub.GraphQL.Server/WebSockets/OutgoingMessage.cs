using System.Net.WebSockets;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>A queued text frame, or (with <see cref="CloseStatus"/>) the close frame that ends the queue.</summary>
internal readonly record struct OutgoingMessage(ReadOnlyMemory<byte> Payload, WebSocketCloseStatus? CloseStatus, string? Reason);
