using System.Net;
using System.Net.Http.Headers;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

/// <summary>The attachment-store contract for the file-system store, plus what only its own endpoints do.</summary>
public sealed class FileSystemAttachmentStoreTests(FileSystemAttachmentServer server)
    : AttachmentStoreContractTests, IClassFixture<FileSystemAttachmentServer>
{
    protected override IAttachmentStore Store => server.Store;

    protected override IAttachmentStore CreateStore(TimeProvider clock) => server.CreateStore(clock);

    [Fact]
    public async Task Put_KeepsTheFileUnderTheDataFolder_AndNoTemporaryFileBehind()
    {
        await Store.PutAsync(Prefix + "a/b", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        await Assert.ThrowsAsync<AttachmentRejectedException>(
            () => Store.PutAsync(Prefix + "a/c", new MemoryStream(RandomBytes(11)), new AttachmentPutOptions(10), Cancellation));

        var root = Path.Combine(server.DataPath, "attachments");
        Assert.True(File.Exists(Path.Combine(root, "data", Prefix, "a", "b")));
        Assert.False(File.Exists(Path.Combine(root, "data", Prefix, "a", "c")));
        Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(root, "tmp")), path => !path.EndsWith(".ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Urls_AreAbsoluteUnderThePublicBaseUrl()
    {
        var download = await Store.CreateDownloadUrlAsync(Prefix + "x", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation);
        var upload = await Store.CreateUploadUrlAsync(Prefix + "x", new AttachmentUploadRequest(10, TimeSpan.FromMinutes(1)), Cancellation);

        Assert.StartsWith(server.BaseAddress + "files/", download.Url.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(server.BaseAddress + "files/", upload.Url.ToString(), StringComparison.Ordinal);
        Assert.Equal("PUT", upload.Method);
        Assert.DoesNotContain(Prefix, download.Url.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_TellsTheBrowserNotToSniffOrRender()
    {
        await Store.PutAsync(Prefix + "txt", new MemoryStream(SampleFiles.Html()), new AttachmentPutOptions(1000), Cancellation);
        var download = await Store.CreateDownloadUrlAsync(Prefix + "txt", new AttachmentDownloadRequest("trang.txt", AttachmentContentType.PlainText, TimeSpan.FromMinutes(1)), Cancellation);

        using var response = await Http.GetAsync(download.Url, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("sandbox", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Download_SupportsRanges_ForVideoPlayers()
    {
        var bytes = RandomBytes(1000);
        await Store.PutAsync(Prefix + "mp4", new MemoryStream(bytes), new AttachmentPutOptions(1000), Cancellation);
        var download = await Store.CreateDownloadUrlAsync(Prefix + "mp4", new AttachmentDownloadRequest("phim.mp4", AttachmentContentType.Mp4, TimeSpan.FromMinutes(1)), Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, download.Url);
        request.Headers.Range = new RangeHeaderValue(100, 199);

        using var response = await Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(bytes[100..200], await response.Content.ReadAsByteArrayAsync(Cancellation));
    }

    [Fact]
    public async Task Download_OfAFileDeletedSince_Is404()
    {
        await Store.PutAsync(Prefix + "gone", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        var download = await Store.CreateDownloadUrlAsync(Prefix + "gone", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation);
        await Store.DeleteAsync(Prefix + "gone", Cancellation);

        using var response = await Http.GetAsync(download.Url, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public async Task Download_WithAForgedToken_Is403(string forgery)
    {
        await Store.PutAsync(Prefix + "f", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        var url = (await Store.CreateDownloadUrlAsync(Prefix + "f", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation)).Url.ToString();
        var forged = forgery switch
        {
            "tampered" => url[..^10] + (url[^10] == 'A' ? 'B' : 'A') + url[^9..],
            "truncated" => url[..^4],
            _ => server.BaseAddress + "files/eyJrIjoidGVzdHMifQ",
        };

        using var response = await Http.GetAsync(new Uri(forged), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DownloadUrl_CannotBeUsedToWrite()
    {
        var download = await Store.CreateDownloadUrlAsync(Prefix + "w", new AttachmentDownloadRequest("x.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation);

        using var response = await Http.PutAsync(download.Url, new ByteArrayContent(RandomBytes(10)), Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Store.GetInfoAsync(Prefix + "w", Cancellation));
    }

    [Fact]
    public async Task UploadUrl_DeclaredLengthOverTheLimit_Is413BeforeReading_AndNothingIsStored()
    {
        var upload = await Store.CreateUploadUrlAsync(Prefix + "big", new AttachmentUploadRequest(1000, TimeSpan.FromMinutes(1)), Cancellation);

        using var response = await PutAsync(upload, RandomBytes(4000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Store.GetInfoAsync(Prefix + "big", Cancellation));
    }

    [Fact]
    public async Task UploadUrl_ChunkedBodyOverTheLimit_Is413_AndNothingIsStored()
    {
        var upload = await Store.CreateUploadUrlAsync(Prefix + "chunked", new AttachmentUploadRequest(1000, TimeSpan.FromMinutes(1)), Cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Put, upload.Url) { Content = new ChunkedContent(RandomBytes(4000)) };

        using var response = await Http.SendAsync(request, Cancellation);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Null(await Store.GetInfoAsync(Prefix + "chunked", Cancellation));
    }

    [Fact]
    public async Task UploadUrl_ExactlyAtTheLimit_IsAccepted_WithTheDigestInTheResponse()
    {
        var bytes = RandomBytes(1000);
        var upload = await Store.CreateUploadUrlAsync(Prefix + "exact", new AttachmentUploadRequest(1000, TimeSpan.FromMinutes(1)), Cancellation);

        using var response = await PutAsync(upload, bytes);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var digest = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Equal([$"sha-256=:{digest}:"], response.Headers.GetValues("Repr-Digest"));
    }

    /// <summary>A body sent with <c>Transfer-Encoding: chunked</c>: its length is not known in advance.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
