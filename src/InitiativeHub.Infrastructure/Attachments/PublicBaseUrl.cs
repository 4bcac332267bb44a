using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// The absolute base of URLs handed to clients: <c>InitiativeHub:PublicBaseUrl</c> when set (behind a proxy or a
/// load balancer it must be), else the first address the host listens on (<c>ASPNETCORE_URLS</c> / <c>--urls</c>),
/// with a wildcard host read as <c>localhost</c>.
/// </summary>
internal static partial class PublicBaseUrl
{
    public const string ConfigurationKey = "InitiativeHub:PublicBaseUrl";
    public const string Default = "http://127.0.0.1:5000";

    public static Uri Resolve(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Parse(configured, ConfigurationKey);
        }

        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? Default;
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? Default;
        return Parse(WildcardHost().Replace(first, "://localhost"), "ASPNETCORE_URLS");
    }

    private static Uri Parse(string value, string source)
    {
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{source} must be an absolute http(s) URL; '{value}' is not.");
        }

        return uri;
    }

    [GeneratedRegex(@"://(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)")]
    private static partial Regex WildcardHost();
}
