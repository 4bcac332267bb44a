using GraphQL.Validation.Complexity;
using InitiativeHub.GraphQL;
using InitiativeHub.GraphQL.Schema;
using InitiativeHub.GraphQL.Server;
using InitiativeHub.Host.Identity;
using InitiativeHub.Host.Security;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// The GraphQL API at <c>/graphql</c>: the schema (singleton) behind the project's own transport, with the limits
/// API.md asks for. Introspection is on in Development and off elsewhere unless configured.
/// </summary>
public static class GraphQLHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddInitiativeHubSchema();
        builder.Services.AddSingleton<BearerTokenReader>();
        return builder;
    }

    public static WebApplication MapInitiativeHubGraphQL(this WebApplication app)
    {
        // Build the schema now: a broken schema stops the start-up instead of failing every request.
        app.Services.GetRequiredService<InitiativeHubSchema>().Initialize();
        var section = app.Configuration.GetSection("InitiativeHub:GraphQL");
        app.MapGraphQL<InitiativeHubSchema>("/graphql", options =>
        {
            options.RequestValidationRules.Add(app.Services.GetRequiredService<MutationRateLimitRule>());
            options.EnableIntrospection = section.GetValue("EnableIntrospection", app.Environment.IsDevelopment());
            options.MaximumAliases = section.GetValue("MaximumAliases", 30);
            options.MaximumFields = section.GetValue("MaximumFields", 2_000);
            options.Complexity = new ComplexityOptions
            {
                MaxDepth = section.GetValue("MaximumDepth", 15),
                MaxComplexity = section.GetValue("MaximumComplexity", 20_000),
            };
            options.EnableBatchedRequests = true;
            options.MaximumBatchSize = section.GetValue("MaximumBatchSize", 10);
            options.ExecutionTimeout = TimeSpan.FromSeconds(section.GetValue("TimeoutSeconds", 30));
            options.MaximumFileSize = section.GetValue<long>("MaximumFileBytes", 25L * 1024 * 1024);
            // JSON bodies and multipart operations/map fields; files have their own limit above.
            options.MaximumRequestBytes = section.GetValue<long>("MaximumRequestBytes", 1024 * 1024);
            // Browsers over WebSocket carry the sign-in cookie; API clients send their bearer token in connection_init.
            options.WebSockets.AuthenticateConnectionAsync = context =>
            {
                var authorization = context.GetPayloadString("authorization");
                if (authorization is null)
                {
                    return ValueTask.FromResult(true);
                }

                var principal = context.HttpContext.RequestServices.GetRequiredService<BearerTokenReader>().Read(authorization);
                context.User = principal;
                return ValueTask.FromResult(principal is not null);
            };
        });
        return app;
    }
}
