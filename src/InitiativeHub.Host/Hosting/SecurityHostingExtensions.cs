using InitiativeHub.Host.Security;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// Abuse controls in one place: per-address limits on the account endpoints, per-user and per-address limits on
/// GraphQL mutations (the rule is added to the GraphQL endpoint), and security headers on every response.
/// </summary>
public static class SecurityHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration("InitiativeHub:RateLimits");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<MutationRateLimitRule>();
        builder.Services.AddAccountRateLimiting();
        return builder;
    }

    public static WebApplication UseInitiativeHubSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
