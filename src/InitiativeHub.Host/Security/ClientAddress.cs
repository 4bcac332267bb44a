namespace InitiativeHub.Host.Security;

/// <summary>
/// The address rate limits count by: the connection's remote address. Forwarded headers are deliberately not read
/// here; a deployment behind a proxy configures ASP.NET's forwarded-headers middleware with its known proxies, which
/// rewrites the remote address before this runs (clients cannot override it).
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
