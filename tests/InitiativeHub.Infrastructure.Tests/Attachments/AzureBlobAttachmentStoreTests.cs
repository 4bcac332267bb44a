using System.Net;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;
using InitiativeHub.Infrastructure.Attachments;
using InitiativeHub.Testing;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

/// <summary>The attachment-store contract for Azure Blob Storage, against a real Azurite, plus Azure specifics.</summary>
public sealed class AzureBlobAttachmentStoreTests : AttachmentStoreContractTests, IClassFixture<AzuriteProcess>
{
    private const string ContainerName = "initiativehub-tests";
    private readonly AzuriteProcess _azurite;
    private readonly AzureBlobAttachmentStore _store;

    public AzureBlobAttachmentStoreTests(AzuriteProcess azurite)
    {
        _azurite = azurite;
        _store = (AzureBlobAttachmentStore)CreateStore(TimeProvider.System);
    }

    protected override IAttachmentStore Store => _store;

    // Small blocks, so the contract's 1 MiB file is staged as several blocks and committed as one blob.
    protected override IAttachmentStore CreateStore(TimeProvider clock) => new AzureBlobAttachmentStore(
        new AzureBlobAttachmentStoreOptions { ConnectionString = _azurite.ConnectionString, ContainerName = ContainerName, BlockSize = 256 * 1024 },
        clock);

    [Fact]
    public async Task Put_RecordsTheSha256InBlobMetadata_AndTheContentType()
    {
        var stored = await Store.PutAsync(Prefix + "m", new MemoryStream(SampleFiles.Png()), new AttachmentPutOptions(1000, AttachmentContentType.Png), Cancellation);

        var properties = (await Blob(Prefix + "m").GetPropertiesAsync(cancellationToken: Cancellation)).Value;

        Assert.Equal(stored.Sha256, properties.Metadata[AzureBlobAttachmentStore.Sha256MetadataName]);
        Assert.Equal(AttachmentContentType.Png, properties.ContentType);
    }

    [Fact]
    public async Task Put_OverTheLimit_LeavesNoUncommittedBlocks()
    {
        await Assert.ThrowsAsync<AttachmentRejectedException>(
            () => Store.PutAsync(Prefix + "blocks", new MemoryStream(RandomBytes(600 * 1024)), new AttachmentPutOptions(300 * 1024), Cancellation));

        var container = new BlobContainerClient(_azurite.ConnectionString, ContainerName);
        var left = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix, States = BlobStates.Uncommitted }, Cancellation))
        {
            left.Add(item.Name);
        }

        Assert.Empty(left);
    }

    [Fact]
    public async Task Delete_OfAPutThatOnlyStagedBlocks_DropsTheUncommittedBlocks()
    {
        // A put that staged a block and died before committing the list (a host killed mid-upload).
        var blob = new BlobContainerClient(_azurite.ConnectionString, ContainerName).GetBlockBlobClient(Prefix + "staged");
        await blob.StageBlockAsync(Convert.ToBase64String("block-000001"u8.ToArray()), new MemoryStream(RandomBytes(100)), cancellationToken: Cancellation);

        Assert.Equal(["staged"], await UncommittedAsync());

        // Azure answers "no blob" for a key that holds only uncommitted blocks, Azurite deletes them as a blob: either
        // way nothing may be left behind.
        await Store.DeleteAsync(Prefix + "staged", Cancellation);

        Assert.Empty(await UncommittedAsync());
        Assert.Null(await Store.GetInfoAsync(Prefix + "staged", Cancellation));
    }

    [Fact]
    public async Task DownloadUrl_ForOneBlob_DoesNotServeAnother()
    {
        await Store.PutAsync(Prefix + "mine", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        await Store.PutAsync(Prefix + "theirs", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        var download = await Store.CreateDownloadUrlAsync(Prefix + "mine", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation);

        var other = new Uri(download.Url.ToString().Replace("/mine?", "/theirs?", StringComparison.Ordinal));
        using var response = await Http.GetAsync(other, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UploadUrl_NamesTheBlobTypeHeaderTheServiceRequires()
    {
        var upload = await Store.CreateUploadUrlAsync(Prefix + "h", new AttachmentUploadRequest(10, TimeSpan.FromMinutes(1)), Cancellation);

        Assert.Equal("BlockBlob", upload.Headers["x-ms-blob-type"]);
        Assert.Contains("sp=c&", upload.Url.Query, StringComparison.Ordinal);
    }

    private async Task<List<string>> UncommittedAsync()
    {
        var container = new BlobContainerClient(_azurite.ConnectionString, ContainerName);
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = Prefix, States = BlobStates.Uncommitted }, Cancellation))
        {
            names.Add(item.Name[Prefix.Length..]);
        }

        return names;
    }

    private BlobClient Blob(string key) => new BlobContainerClient(_azurite.ConnectionString, ContainerName).GetBlobClient(key);
}
