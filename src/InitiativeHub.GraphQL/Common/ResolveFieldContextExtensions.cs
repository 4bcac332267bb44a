using System.Security.Claims;
using GraphQL;
using InitiativeHub.Application.Access;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Common;

/// <summary>What every resolver needs from its context: who is asking and the request's services.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The viewer from the authenticated principal (Identity puts the user id in NameIdentifier).</summary>
    public static Viewer GetViewer(this IResolveFieldContext context)
    {
        var id = context.User?.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return context.User?.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId)
            ? new Viewer(userId)
            : Viewer.Anonymous;
    }

    /// <summary>A service from the request scope (the transport sets RequestServices to it).</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("RequestServices is not set by the transport."))
            .GetRequiredService<T>();
}
