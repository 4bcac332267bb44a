using System.Text.Encodings.Web;
using System.Text.Unicode;
using InitiativeHub.Infrastructure.Identity;
using InitiativeHub.Web.Account;
using InitiativeHub.Web.Components;
using InitiativeHub.Web.Endpoints;
using InitiativeHub.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// The Blazor web UI: server-side rendering, interactive where live updates pay; Vietnamese by default, English by the
/// language cookie.
/// </summary>
public static class WebHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubWeb(this WebApplicationBuilder builder)
    {
        // Serve the Web project's and the framework's assets when running from build output (tests, `dotnet run`) in any
        // environment, not only Development; a published app has no runtime manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        // Vietnamese letters go out as UTF-8 text rather than &#x…; entities, which would triple the size of a page.
        builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(UiCultures.Default);
            options.SupportedCultures = [.. UiCultures.Supported];
            options.SupportedUICultures = [.. UiCultures.Supported];
            // Only the visitor's own choice counts: a browser set to English still sees Vietnamese until switched.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Identity's messages follow the request language, for the pages and the /auth API alike.
        builder.Services.Replace(ServiceDescriptor.Scoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>());
        builder.Services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<AppUser>, AppUserClaimsPrincipalFactory>());
        builder.Services.AddScoped<AccountService>();
        return builder;
    }

    public static WebApplication MapInitiativeHubWeb(this WebApplication app)
    {
        // Middleware added here still runs before every endpoint (WebApplication ends the pipeline with them).
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.MapInitiativeHubWebEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
