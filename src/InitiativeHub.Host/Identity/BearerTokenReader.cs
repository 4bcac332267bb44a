using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InitiativeHub.Host.Identity;

/// <summary>
/// Reads an Identity bearer token that did not arrive in the Authorization header (a WebSocket client sends it in
/// <c>connection_init</c>): the same protector and expiry rules as the bearer handler.
/// </summary>
public sealed class BearerTokenReader(IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock)
{
    /// <summary>The principal of a valid, unexpired access token; null otherwise.</summary>
    public ClaimsPrincipal? Read(string? authorization)
    {
        const string prefix = "Bearer ";
        if (authorization is null || !authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var ticket = options.Get(IdentityConstants.BearerScheme).BearerTokenProtector.Unprotect(authorization[prefix.Length..].Trim());
        if (ticket?.Properties.ExpiresUtc is not { } expires || expires < clock.GetUtcNow())
        {
            return null;
        }

        return ticket.Principal;
    }
}
