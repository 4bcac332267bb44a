using InitiativeHub.Web.Components;

namespace InitiativeHub.Host.Hosting;

/// <summary>The Blazor web UI: server-side rendering, interactive where live updates pay.</summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication MapInitiativeHubWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
