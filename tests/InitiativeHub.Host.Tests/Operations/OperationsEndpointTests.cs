namespace InitiativeHub.Host.Tests.Operations;

[Collection(HostCollection.Name)]
public sealed class OperationsEndpointTests(HostFixture fixture)
{
    [Fact]
    public async Task HealthLive_Returns200()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task HealthReady_WithDatabaseAndSilo_Returns200()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Metrics_ReturnsPrometheusText()
    {
        using var client = fixture.Host.CreateClient();
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE http_requests_received_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFolder_HoldsDatabaseInWalModeAndKeys()
    {
        // The single-machine default writes everything under the data folder.
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataPath, "initiativehub.db")));
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataPath, "initiativehub.db-wal")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.Host.DataPath, "keys")));
        await Task.CompletedTask;
    }
}
