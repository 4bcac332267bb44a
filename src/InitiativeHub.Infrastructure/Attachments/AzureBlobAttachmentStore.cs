using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// The scaled-out store: one block blob per key in one container (created when missing). A put stages blocks while
/// hashing and commits them with the SHA-256 in the blob's metadata, so the blob appears complete or not at all.
/// Download and upload URLs are service SAS URLs signed with the account key from the connection string.
/// </summary>
public sealed class AzureBlobAttachmentStore : IAttachmentStore
{
    /// <summary>The blob metadata entry holding the lower-case hex SHA-256 of the content.</summary>
    public const string Sha256MetadataName = "sha256";

    // Clients' clocks and the service's drift a little; a URL valid from a few minutes ago avoids spurious 403s.
    private static readonly TimeSpan ClockSkewAllowance = TimeSpan.FromMinutes(5);

    private readonly BlobContainerClient _container;
    private readonly StorageSharedKeyCredential _credential;
    private readonly TimeProvider _clock;
    private readonly int _blockSize;
    private volatile bool _containerExists;

    public AzureBlobAttachmentStore(AzureBlobAttachmentStoreOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BlockSize);
        var account = AzureStorageConnectionString.Parse(options.ConnectionString);
        _credential = new StorageSharedKeyCredential(account.AccountName, account.AccountKey);
        var clientOptions = new BlobClientOptions();
        // The default waits 100 s per try: too long for a readiness probe, ample for a 4 MiB block.
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        _container = new BlobServiceClient(options.ConnectionString, clientOptions).GetBlobContainerClient(options.ContainerName);
        _clock = clock;
        _blockSize = options.BlockSize;
    }

    public async Task<StoredAttachment> PutAsync(string key, Stream content, AttachmentPutOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxBytes);
        var blob = BlockBlob(key);
        await EnsureContainerAsync(cancellationToken);

        // Block ids are unique to this put, so two puts to one key never mix their blocks.
        var putId = Guid.NewGuid().ToString("N");
        var blockIds = new List<string>();
        var buffer = ArrayPool<byte>.Shared.Rent(_blockSize);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long total = 0;
        var committed = false;
        try
        {
            while (true)
            {
                // Never asks for more than one byte past the limit.
                var wanted = options.MaxBytes - total >= _blockSize ? _blockSize : (int)(options.MaxBytes - total) + 1;
                var read = await content.ReadAtLeastAsync(buffer.AsMemory(0, wanted), wanted, throwOnEndOfStream: false, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > options.MaxBytes)
                {
                    throw AttachmentRejectedException.FileTooLarge(options.MaxBytes);
                }

                hash.AppendData(buffer, 0, read);
                var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{putId}-{blockIds.Count:D6}"));
                using (var block = new MemoryStream(buffer, 0, read, writable: false))
                {
                    await blob.StageBlockAsync(blockId, block, new BlockBlobStageBlockOptions(), cancellationToken);
                }

                blockIds.Add(blockId);
                if (read < wanted)
                {
                    break;
                }
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            await blob.CommitBlockListAsync(blockIds, new CommitBlockListOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = options.ContentType },
                Metadata = new Dictionary<string, string> { [Sha256MetadataName] = sha256 },
            }, cancellationToken);
            committed = true;
            return new StoredAttachment(key, total, sha256);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!committed && blockIds.Count > 0)
            {
                await DiscardUncommittedBlocksAsync(blob);
            }
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var blob = BlockBlob(key);
        try
        {
            // Seekable, fetched in ranges as it is read; fails instead of mixing versions if the blob is replaced.
            return await blob.OpenReadAsync(new BlobOpenReadOptions(allowModifications: false), cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    public async Task<AttachmentInfo?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        var properties = await GetPropertiesAsync(BlockBlob(key), cancellationToken);
        return properties is null
            ? null
            : new AttachmentInfo(
                key,
                properties.ContentLength,
                properties.Metadata.TryGetValue(Sha256MetadataName, out var sha256) ? sha256 : null,
                properties.ContentType,
                properties.CreatedOn);
    }

    public async Task<StoredAttachment?> DigestAsync(string key, CancellationToken cancellationToken)
    {
        var blob = BlockBlob(key);
        var properties = await GetPropertiesAsync(blob, cancellationToken);
        if (properties is null)
        {
            return null;
        }

        if (properties.Metadata.TryGetValue(Sha256MetadataName, out var known))
        {
            return new StoredAttachment(key, properties.ContentLength, known);
        }

        // Uploaded straight to a SAS URL: hash what is there now, and record it only if it is still that version.
        var unchanged = new BlobRequestConditions { IfMatch = properties.ETag };
        using var download = (await blob.DownloadStreamingAsync(new BlobDownloadOptions { Conditions = unchanged }, cancellationToken)).Value;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(download.Content, cancellationToken));
        var metadata = new Dictionary<string, string>(properties.Metadata) { [Sha256MetadataName] = sha256 };
        await blob.SetMetadataAsync(metadata, unchanged, cancellationToken);
        return new StoredAttachment(key, properties.ContentLength, sha256);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var blob = BlockBlob(key);
        var response = await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        if (!response.Value)
        {
            // A put whose host died between staging blocks and committing them leaves no blob, only blocks the
            // service keeps for a week: deleting the key (e.g. the upload sweeper) drops them too.
            await DiscardUncommittedBlocksAsync(blob);
        }

        return response.Value;
    }

    public async IAsyncEnumerable<AttachmentListing> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        AttachmentKey.EnsureValidPrefix(prefix);
        await EnsureContainerAsync(cancellationToken);
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            yield return new AttachmentListing(
                item.Name,
                item.Properties.ContentLength ?? 0,
                item.Properties.CreatedOn ?? item.Properties.LastModified ?? DateTimeOffset.MinValue);
        }
    }

    public Task<AttachmentDownloadUrl> CreateDownloadUrlAsync(string key, AttachmentDownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lifetime, TimeSpan.Zero);
        var blob = BlockBlob(key);
        var now = _clock.GetUtcNow();
        var expiresAt = now + request.Lifetime;
        // The service answers with these headers in place of the blob's own: a download with the user's file name.
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expiresAt)
        {
            BlobContainerName = _container.Name,
            BlobName = key,
            Resource = "b",
            StartsOn = now - ClockSkewAllowance,
            ContentDisposition = ContentDispositionHeader.Attachment(request.FileName),
            ContentType = request.ContentType,
            CacheControl = "private, no-store",
        };
        return Task.FromResult(new AttachmentDownloadUrl(Sign(blob, sas), expiresAt));
    }

    public async Task<AttachmentUploadUrl> CreateUploadUrlAsync(string key, AttachmentUploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxBytes);
        var blob = BlockBlob(key);
        await EnsureContainerAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var expiresAt = now + request.Lifetime;
        // Create only: the holder can write this one new blob, not read it, list, delete, or overwrite it once written.
        var sas = new BlobSasBuilder(BlobSasPermissions.Create, expiresAt)
        {
            BlobContainerName = _container.Name,
            BlobName = key,
            Resource = "b",
            StartsOn = now - ClockSkewAllowance,
        };
        var headers = new Dictionary<string, string> { ["x-ms-blob-type"] = "BlockBlob" };
        return new AttachmentUploadUrl(Sign(blob, sas), HttpMethod.Put.Method, headers, request.MaxBytes, expiresAt);
    }

    public async Task<AttachmentStoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureContainerAsync(cancellationToken);
            await _container.GetPropertiesAsync(cancellationToken: cancellationToken);
            return new AttachmentStoreReadiness(true, $"Azure Blob container '{_container.Name}' is reachable");
        }
        catch (RequestFailedException exception)
        {
            return new AttachmentStoreReadiness(false, $"Azure Blob container '{_container.Name}' is not reachable: {exception.Status} {exception.ErrorCode}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Network failures arrive as an AggregateException once the client's retries are spent.
            return new AttachmentStoreReadiness(false, $"Azure Blob Storage is not reachable: {exception.GetType().Name}");
        }
    }

    private BlockBlobClient BlockBlob(string key)
    {
        AttachmentKey.EnsureValid(key);
        return _container.GetBlockBlobClient(key);
    }

    private Uri Sign(BlockBlobClient blob, BlobSasBuilder sas) =>
        new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(_credential) }.ToUri();

    private static async Task<BlobProperties?> GetPropertiesAsync(BlockBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.GetPropertiesAsync(cancellationToken: cancellationToken)).Value;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerExists)
        {
            return;
        }

        await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken);
        _containerExists = true;
    }

    /// <summary>
    /// Staged blocks of an abandoned put would linger (invisible) for a week. Committing an empty list only where no
    /// blob exists yet, then deleting it, drops them at once without touching a blob that was already there.
    /// </summary>
    private static async Task DiscardUncommittedBlocksAsync(BlockBlobClient blob)
    {
        try
        {
            await blob.CommitBlockListAsync([], new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } });
            await blob.DeleteIfExistsAsync();
        }
        catch (RequestFailedException)
        {
            // Best effort: a blob already existed (its own blocks are untouched) or the service is unreachable.
        }
    }
}
