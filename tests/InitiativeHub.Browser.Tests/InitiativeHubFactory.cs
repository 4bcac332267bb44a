using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InitiativeHub.Browser.Tests;

/// <summary>
/// The real host (its Program), configured only through settings, as an operator would, and in Production so the
/// error page and static assets behave as deployed.
/// </summary>
public sealed class InitiativeHubFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // UseSetting reaches the configuration before Program reads it (data path, Orleans ports).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
