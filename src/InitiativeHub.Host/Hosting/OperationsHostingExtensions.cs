using InitiativeHub.Host.Operations;
using InitiativeHub.Infrastructure.Attachments;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Prometheus;

namespace InitiativeHub.Host.Hosting;

/// <summary>Health (<c>/health/live</c>, <c>/health/ready</c>) and Prometheus metrics (<c>/metrics</c>).</summary>
public static class OperationsHostingExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddInitiativeHubOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag])
            .AddCheck<AttachmentStoreHealthCheck>("attachments", tags: [ReadyTag]);

        // Registered last of the hosted services, so it runs after the silo's start and before the web server's.
        builder.Services.AddHostedService<StartupGate>();
        return builder;
    }

    public static WebApplication UseInitiativeHubPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi", createScopeForErrors: true);
        }

        app.UseHttpMetrics();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapInitiativeHubOperations(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        app.MapMetrics("/metrics");
        return app;
    }
}
