namespace InitiativeHub.Host.Hosting;

/// <summary>The GraphQL API at <c>/graphql</c> (schema + transport).</summary>
public static class GraphQLHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubGraphQL(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapInitiativeHubGraphQL(this WebApplication app) => app;
}
