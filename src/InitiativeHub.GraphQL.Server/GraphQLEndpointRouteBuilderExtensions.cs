using GraphQL;
using GraphQL.Types;
using InitiativeHub.GraphQL.Server.Execution;
using InitiativeHub.GraphQL.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.GraphQL.Server;

/// <summary>Maps the GraphQL endpoint: GraphQL over HTTP, multipart uploads and <c>graphql-transport-ws</c> on one path.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <typeparamref name="TSchema"/> at <paramref name="pattern"/>. Needs
    /// <c>services.AddGraphQL(b => b.AddSchema&lt;TSchema&gt;().AddSystemTextJson())</c> and, for subscriptions,
    /// <c>app.UseWebSockets()</c> before routing.
    /// </summary>
    /// <returns>The endpoint builder, for <c>RequireAuthorization</c>, CORS and the like.</returns>
    public static IEndpointConventionBuilder MapGraphQL<TSchema>(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql",
        Action<GraphQLHttpMiddlewareOptions>? configure = null)
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new GraphQLHttpMiddlewareOptions();
        configure?.Invoke(options);
        Validate(options);

        var endpoint = new GraphQLHttpEndpoint(
            options,
            // Why per request: the executer may depend on scoped services.
            services => services.GetRequiredService<IDocumentExecuter<TSchema>>(),
            new GraphQLOperationRunner(options),
            TransportSerializer.Resolve(endpoints.ServiceProvider));

        return endpoints.Map(pattern, endpoint.InvokeAsync).WithDisplayName($"GraphQL {pattern}");
    }

    private static void Validate(GraphQLHttpMiddlewareOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumBatchSize, 1, nameof(options.MaximumBatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaximumFileSize ?? 0, nameof(options.MaximumFileSize));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaximumFileCount ?? 0, nameof(options.MaximumFileCount));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaximumRequestBytes ?? 0, nameof(options.MaximumRequestBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(options.DocumentCacheSize, nameof(options.DocumentCacheSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaximumCachedDocumentLength, 1, nameof(options.MaximumCachedDocumentLength));
        if (options.CsrfProtectionEnabled && options.CsrfProtectionHeaders.Count == 0)
        {
            throw new ArgumentException("CSRF protection needs at least one header name.", nameof(options));
        }
    }
}
