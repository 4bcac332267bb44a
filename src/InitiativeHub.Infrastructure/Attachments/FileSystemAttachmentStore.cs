using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// The single-machine store: bytes under <c>{root}/data/{key}</c>, their SHA-256 and content type beside them under
/// <c>{root}/meta/{key}.json</c>. Writes go to <c>{root}/tmp</c> and are renamed into place, so a reader or a crash
/// never sees half a file. URLs point at the host's own <c>/files/{token}</c> endpoints
/// (<see cref="FileSystemAttachmentEndpoints"/>), the token sealed by Data Protection.
/// </summary>
public sealed class FileSystemAttachmentStore : IAttachmentStore
{
    private const int BufferSize = 81_920;
    private static readonly TimeSpan StaleTemporaryFileAge = TimeSpan.FromDays(1);

    private readonly string _dataRoot;
    private readonly string _metaRoot;
    private readonly string _temporaryRoot;
    private readonly Uri _endpointBase;
    private readonly FileSystemAttachmentTokenProtector _tokens;
    private readonly TimeProvider _clock;

    public FileSystemAttachmentStore(FileSystemAttachmentStoreOptions options, IDataProtectionProvider dataProtection, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.GetFullPath(options.RootPath);
        _dataRoot = Path.Combine(root, "data");
        _metaRoot = Path.Combine(root, "meta");
        _temporaryRoot = Path.Combine(root, "tmp");
        EndpointPath = "/" + options.EndpointPath.Trim('/');
        var baseUrl = options.PublicBaseUrl.AbsoluteUri;
        _endpointBase = new Uri((baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/") + EndpointPath.TrimStart('/') + "/");
        _tokens = new FileSystemAttachmentTokenProtector(dataProtection, clock);
        _clock = clock;
        Directory.CreateDirectory(_dataRoot);
        Directory.CreateDirectory(_metaRoot);
        Directory.CreateDirectory(_temporaryRoot);
        DeleteStaleTemporaryFiles();
    }

    /// <summary>The path the endpoints are mapped under, e.g. <c>/files</c>.</summary>
    public string EndpointPath { get; }

    public async Task<StoredAttachment> PutAsync(string key, Stream content, AttachmentPutOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (await WriteAsync(key, content, options.MaxBytes, options.ContentType, overwrite: true, cancellationToken))!;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = DataPathOf(key);
        try
        {
            // FileShare.Delete: a download in progress never blocks deleting or replacing the file.
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public async Task<AttachmentInfo?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(DataPathOf(key));
        if (!file.Exists)
        {
            return null;
        }

        var metadata = await ReadMetadataAsync(key, cancellationToken);
        return new AttachmentInfo(key, file.Length, metadata?.Sha256, metadata?.ContentType, file.LastWriteTimeUtc);
    }

    public async Task<StoredAttachment?> DigestAsync(string key, CancellationToken cancellationToken)
    {
        var info = await GetInfoAsync(key, cancellationToken);
        if (info is null)
        {
            return null;
        }

        if (info.Sha256 is not null)
        {
            return new StoredAttachment(key, info.Size, info.Sha256);
        }

        await using var stream = await OpenReadAsync(key, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        var digest = new StoredAttachment(key, stream.Length, Convert.ToHexStringLower(hash));
        var temporary = TemporaryPath() + ".json";
        try
        {
            await WriteMetadataAsync(temporary, new FileSystemAttachmentMetadata(digest.Sha256, info.ContentType), cancellationToken);
            MoveIntoPlace(temporary, MetaPathOf(key), overwrite: true);
        }
        finally
        {
            DeleteIfPresent(temporary);
        }

        return digest;
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = DataPathOf(key);
        var existed = File.Exists(path);
        DeleteIfPresent(path);
        DeleteIfPresent(MetaPathOf(key));
        return Task.FromResult(existed);
    }

    public async IAsyncEnumerable<AttachmentListing> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        AttachmentKey.EnsureValidPrefix(prefix);
        // Walk only the folder the prefix's complete segments name; the rest of the prefix filters file names.
        var folder = prefix.Contains('/', StringComparison.Ordinal) ? prefix[..prefix.LastIndexOf('/')] : string.Empty;
        var directory = Path.Combine(_dataRoot, folder.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true });
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_dataRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !AttachmentKey.IsValid(key))
            {
                continue;
            }

            var file = new FileInfo(path);
            if (file.Exists)
            {
                yield return new AttachmentListing(key, file.Length, file.LastWriteTimeUtc);
            }
        }

        // Directory enumeration has no asynchronous form; the port's signature is asynchronous for blob listings.
        await Task.CompletedTask;
    }

    public Task<AttachmentDownloadUrl> CreateDownloadUrlAsync(string key, AttachmentDownloadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AttachmentKey.EnsureValid(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lifetime, TimeSpan.Zero);
        var expiresAt = _clock.GetUtcNow() + request.Lifetime;
        var token = new FileSystemAttachmentToken(key, FileSystemAttachmentToken.ReadPurpose, expiresAt.ToUnixTimeSeconds(),
            AttachmentFileName.Sanitize(request.FileName), request.ContentType, MaxBytes: 0);
        return Task.FromResult(new AttachmentDownloadUrl(UrlFor(token, expiresAt), expiresAt));
    }

    public Task<AttachmentUploadUrl> CreateUploadUrlAsync(string key, AttachmentUploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        AttachmentKey.EnsureValid(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Lifetime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(request.MaxBytes);
        var expiresAt = _clock.GetUtcNow() + request.Lifetime;
        var token = new FileSystemAttachmentToken(key, FileSystemAttachmentToken.WritePurpose, expiresAt.ToUnixTimeSeconds(),
            FileName: null, ContentType: null, request.MaxBytes);
        return Task.FromResult(new AttachmentUploadUrl(
            UrlFor(token, expiresAt), HttpMethods.Put, new Dictionary<string, string>(), request.MaxBytes, expiresAt));
    }

    public async Task<AttachmentStoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        var probe = TemporaryPath() + ".ready";
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            return new AttachmentStoreReadiness(true, "file-system attachment store is writable");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new AttachmentStoreReadiness(false, $"file-system attachment store is not writable: {exception.GetType().Name}");
        }
        finally
        {
            DeleteIfPresent(probe);
        }
    }

    /// <summary>What a token from one of this store's URLs grants, or null when it is invalid or expired.</summary>
    internal FileSystemAttachmentToken? ReadToken(string token, string purpose) => _tokens.Unprotect(token, purpose);

    /// <summary>
    /// Streams <paramref name="content"/> into a temporary file while hashing and counting, then renames it into place.
    /// Returns null when <paramref name="overwrite"/> is false and the key already holds bytes (upload URLs write once).
    /// </summary>
    internal async Task<StoredAttachment?> WriteAsync(
        string key, Stream content, long maxBytes, string? contentType, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var dataPath = DataPathOf(key);
        var metaPath = MetaPathOf(key);
        if (!overwrite && File.Exists(dataPath))
        {
            return null;
        }

        var temporary = TemporaryPath();
        var temporaryMeta = temporary + ".json";
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                size = await CopyHashingAsync(content, file, hash, maxBytes, cancellationToken);
                // On disk before the rename makes it visible: the database may record it as saved right after.
                file.Flush(flushToDisk: true);
            }

            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            await WriteMetadataAsync(temporaryMeta, new FileSystemAttachmentMetadata(sha256, contentType), cancellationToken);
            if (overwrite)
            {
                // Without the old digest for a moment rather than with a wrong one.
                DeleteIfPresent(metaPath);
            }

            if (!MoveIntoPlace(temporary, dataPath, overwrite))
            {
                return null;
            }

            MoveIntoPlace(temporaryMeta, metaPath, overwrite: true);
            return new StoredAttachment(key, size, sha256);
        }
        finally
        {
            DeleteIfPresent(temporary);
            DeleteIfPresent(temporaryMeta);
        }
    }

    private static async Task<long> CopyHashingAsync(Stream source, Stream destination, IncrementalHash hash, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            while (true)
            {
                // Never asks for more than one byte past the limit, so an oversized body is refused without reading it all.
                var wanted = maxBytes - total >= BufferSize ? BufferSize : (int)(maxBytes - total) + 1;
                var read = await source.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken);
                if (read == 0)
                {
                    return total;
                }

                total += read;
                if (total > maxBytes)
                {
                    throw AttachmentRejectedException.FileTooLarge(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Renames within the store's volume (atomic); false when the target exists and may not be replaced.</summary>
    private static bool MoveIntoPlace(string source, string target, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(source, target, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(target))
        {
            return false;
        }
    }

    private async Task<FileSystemAttachmentMetadata?> ReadMetadataAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(MetaPathOf(key));
            return await JsonSerializer.DeserializeAsync<FileSystemAttachmentMetadata>(stream, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            return null;
        }
    }

    private static async Task WriteMetadataAsync(string path, FileSystemAttachmentMetadata metadata, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await JsonSerializer.SerializeAsync(stream, metadata, cancellationToken: cancellationToken);
    }

    /// <summary>The data file of a valid key; the full-path check is a second lock on the door after the key syntax.</summary>
    private string DataPathOf(string key) => PathUnder(_dataRoot, key, string.Empty);

    private string MetaPathOf(string key) => PathUnder(_metaRoot, key, ".json");

    private static string PathUnder(string root, string key, string suffix)
    {
        AttachmentKey.EnsureValid(key);
        var path = Path.GetFullPath(Path.Combine(root, key.Replace('/', Path.DirectorySeparatorChar) + suffix));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a valid attachment key.", nameof(key));
        }

        return path;
    }

    /// <summary>Like <see cref="File.Delete"/>, but also quiet when the folder is missing.</summary>
    private static void DeleteIfPresent(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private string TemporaryPath() => Path.Combine(_temporaryRoot, Guid.NewGuid().ToString("N"));

    private Uri UrlFor(FileSystemAttachmentToken token, DateTimeOffset expiresAt) =>
        new(_endpointBase, _tokens.Protect(token, expiresAt));

    /// <summary>Temporary files left by a crash mid-write are removed at start-up.</summary>
    private void DeleteStaleTemporaryFiles()
    {
        var cutoff = _clock.GetUtcNow() - StaleTemporaryFileAge;
        foreach (var file in new DirectoryInfo(_temporaryRoot).EnumerateFiles())
        {
            try
            {
                if (file.LastWriteTimeUtc < cutoff)
                {
                    file.Delete();
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Best effort: another process may be using it.
            }
        }
    }
}
