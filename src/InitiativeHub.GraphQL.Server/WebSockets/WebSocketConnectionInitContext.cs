using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.GraphQL.Server.WebSockets;

/// <summary>What <see cref="GraphQLWebSocketOptions.AuthenticateConnectionAsync"/> sees of a <c>connection_init</c>.</summary>
public sealed class WebSocketConnectionInitContext
{
    internal WebSocketConnectionInitContext(HttpContext httpContext, JsonElement? payload)
    {
        HttpContext = httpContext;
        Payload = payload;
        User = httpContext.User;
    }

    /// <summary>The HTTP request that was upgraded to the WebSocket.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>connection_init</c> payload (a JSON object), or <see langword="null"/> when none was sent.</summary>
    public JsonElement? Payload { get; }

    /// <summary>The principal every operation on this socket runs as. Starts as the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; set; }

    /// <summary>Reads a string property of the payload, e.g. <c>authorization</c> for <c>{ "authorization": "Bearer …" }</c>.</summary>
    public string? GetPayloadString(string propertyName)
    {
        // Why case-insensitive: clients disagree on "Authorization" versus "authorization".
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (string.Equals(property.Name, propertyName, StringComparison.OrdinalIgnoreCase)
                && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
