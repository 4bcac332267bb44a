using InitiativeHub.Web.Account;
using InitiativeHub.Web.Localization;
using InitiativeHub.Web.Navigation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace InitiativeHub.Web.Endpoints;

/// <summary>The web UI's two plain endpoints: the language switch and signing out.</summary>
public static class WebEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapInitiativeHubWebEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // GET /culture?c=en&redirect=/dang-nhap: a link, so it works without script; only a cookie changes.
        endpoints.MapGet("/culture", SwitchCulture).ExcludeFromDescription();
        // A form post with an antiforgery token (form binding makes the endpoint require one).
        endpoints.MapPost("/dang-xuat", SignOutAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static RedirectHttpResult SwitchCulture(HttpContext context, string? c, string? redirect)
    {
        if (UiCultures.Find(c) is { } culture)
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
        }

        return TypedResults.LocalRedirect(LocalUrl.OrHome(redirect));
    }

    private static async Task<RedirectHttpResult> SignOutAsync(AccountService accounts, [FromForm] string? returnUrl)
    {
        await accounts.SignOutAsync();
        return TypedResults.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
