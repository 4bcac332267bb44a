using System.Net;
using InitiativeHub.Host.Security;
using Microsoft.AspNetCore.HttpOverrides;

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

        // Behind a reverse proxy every request comes from the proxy's address: only the proxies named here may say
        // who the client is (X-Forwarded-For), so rate limits count real clients and nobody else can forge it.
        var proxies = builder.Configuration.GetSection("InitiativeHub:Proxy:KnownProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                // An address (the proxy itself) or a network in CIDR form (a container network, a pod range).
                if (proxy.Contains('/', StringComparison.Ordinal))
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
        return builder;
    }

    public static WebApplication UseInitiativeHubSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value is { } forwarded
            && (forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0))
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        app.UseRateLimiter();
        return app;
    }
}
