using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;
using InitiativeHub.Infrastructure.Attachments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

public sealed class AttachmentServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("initiativehub-registration-").FullName;

    [Fact]
    public async Task AddInitiativeHubAttachments_ByDefault_IsTheFileSystemUnderTheDataFolder()
    {
        using var services = Build(new() { ["InitiativeHub:PublicBaseUrl"] = "https://sangkien.example.gov.vn/" });

        var store = services.GetRequiredService<IAttachmentStore>();
        await store.PutAsync("a/b", new MemoryStream([1, 2, 3]), new AttachmentPutOptions(10), TestContext.Current.CancellationToken);

        Assert.IsType<FileSystemAttachmentStore>(store);
        Assert.True(File.Exists(Path.Combine(_dataPath, "attachments", "data", "a", "b")));
        var url = await store.CreateDownloadUrlAsync("a/b", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), TestContext.Current.CancellationToken);
        Assert.StartsWith("https://sangkien.example.gov.vn/files/", url.Url.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080;https://0.0.0.0:8443", "http://localhost:8080/files/")]
    [InlineData("http://*:5000", "http://localhost:5000/files/")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/files/")]
    [InlineData(null, "http://127.0.0.1:5000/files/")]
    public async Task AddInitiativeHubAttachments_WithoutPublicBaseUrl_UsesTheFirstListeningAddress(string? urls, string expected)
    {
        using var services = Build(new() { ["urls"] = urls });

        var upload = await services.GetRequiredService<IAttachmentStore>()
            .CreateUploadUrlAsync("k", new AttachmentUploadRequest(10, TimeSpan.FromMinutes(1)), TestContext.Current.CancellationToken);

        Assert.StartsWith(expected, upload.Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddInitiativeHubAttachments_AzureBlobWithoutConnectionString_FailsAtStartWithTheSettingToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["InitiativeHub:Attachments:Provider"] = "AzureBlob" }));
        Assert.Contains("ConnectionStrings:Blobs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddInitiativeHubAttachments_AzureBlob_IsTheBlobStore()
    {
        using var services = Build(new()
        {
            ["InitiativeHub:Attachments:Provider"] = "azureblob",
            ["ConnectionStrings:Blobs"] = "UseDevelopmentStorage=true",
        });

        Assert.IsType<AzureBlobAttachmentStore>(services.GetRequiredService<IAttachmentStore>());
    }

    [Fact]
    public void AddInitiativeHubAttachments_AzureBlobWithoutAccountKey_FailsBecauseUrlsCannotBeSigned()
    {
        using var services = Build(new()
        {
            ["InitiativeHub:Attachments:Provider"] = "AzureBlob",
            ["ConnectionStrings:Blobs"] = "BlobEndpoint=https://example.blob.core.windows.net/;SharedAccessSignature=sv=2024",
        });

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IAttachmentStore>());
        Assert.Contains("AccountKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthCheck_ReportsTheStoreReady()
    {
        using var services = Build([]);

        var result = await new AttachmentStoreHealthCheck(services.GetRequiredService<IAttachmentStore>())
            .CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    public void Dispose() => Directory.Delete(_dataPath, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["InitiativeHub:DataPath"] = _dataPath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddInitiativeHubAttachments(configuration);
        return services.BuildServiceProvider();
    }
}
