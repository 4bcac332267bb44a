using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests;

/// <summary>One host process shared by the tests of a collection (each test makes its own users and organizations).</summary>
public class HostFixture : IAsyncLifetime
{
    private HostProcess? _host;

    /// <summary>Wraps a host a test started itself (and disposes).</summary>
    public static HostFixture For(HostProcess host) => new() { _host = host };

    /// <summary>Extra settings (environment variables) the host is started with; none: the SQLite default.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public HostProcess Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public ApiClient CreateClient() => new(Host.CreateClient());

    /// <summary>A client signed in as the bootstrap administrator.</summary>
    public async Task<ApiClient> CreateAdminAsync()
    {
        var client = CreateClient();
        await client.LoginAsync(HostProcess.AdminEmail, HostProcess.AdminPassword);
        return client;
    }

    public async ValueTask InitializeAsync() => _host = await HostProcess.StartAsync(Settings);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
