namespace InitiativeHub.Host.Security;

/// <summary>
/// Response headers that make the pages harder to abuse: no framing (clickjacking), no MIME sniffing, no referrer
/// leaking entry ids to other sites, and a content security policy allowing only the platform's own scripts, styles
/// and connections (the platform serves every asset itself: no CDN on an intranet).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Inline styles stay allowed: Blazor's reconnection dialog and a few components set <c>style</c> attributes. Scripts
    /// are the platform's own files only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
