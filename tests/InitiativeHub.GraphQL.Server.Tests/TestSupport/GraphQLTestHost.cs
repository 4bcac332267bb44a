using GraphQL;
using InitiativeHub.GraphQL.Server.Multipart;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.GraphQL.Server.Tests.TestSupport;

/// <summary>An in-memory app serving <see cref="TestSchema"/> at /graphql, wired the way a real host would be.</summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string Preflight = "GraphQL-Require-Preflight";

    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app)
    {
        _app = app;
        Server = app.GetTestServer();
        Subject = app.Services.GetRequiredService<TestSubject<string>>();
    }

    public TestServer Server { get; }

    public TestSubject<string> Subject { get; }

    public static async Task<GraphQLTestHost> StartAsync(Action<GraphQLHttpMiddlewareOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TestSubject<string>>();
        builder.Services.AddSingleton<UploadGraphType>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddSystemTextJson());

        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL<TestSchema>("/graphql", configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new GraphQLTestHost(app);
    }

    public HttpClient CreateClient() => Server.CreateClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
