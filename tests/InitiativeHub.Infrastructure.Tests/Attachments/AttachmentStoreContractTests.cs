using System.Net;
using System.Security.Cryptography;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Domain.Attachments;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

/// <summary>
/// What every <see cref="IAttachmentStore"/> does, checked the same way for each: URLs are fetched over real HTTP.
/// Each test works under its own key prefix, so the tests of one store share one server or emulator.
/// </summary>
public abstract class AttachmentStoreContractTests
{
    protected const string VietnameseFileName = "Báo cáo sáng kiến – Phường Đống Đa (đợt 1).pdf";

    protected AttachmentStoreContractTests()
    {
        Prefix = $"tests/{Guid.NewGuid():N}/";
    }

    /// <summary>A client as a browser would be: no cookies, nothing but the URL.</summary>
    protected static HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    protected string Prefix { get; }

    protected abstract IAttachmentStore Store { get; }

    /// <summary>Another store over the same storage whose clock is <paramref name="clock"/> (to make expired URLs).</summary>
    protected abstract IAttachmentStore CreateStore(TimeProvider clock);

    [Fact]
    public async Task Put_ThenOpenRead_GivesBackTheSameBytes()
    {
        var bytes = RandomBytes(1024 * 1024 + 123);

        await Store.PutAsync(Prefix + "a", new MemoryStream(bytes), new AttachmentPutOptions(10 * 1024 * 1024), Cancellation);

        await using var stream = await Store.OpenReadAsync(Prefix + "a", Cancellation);
        Assert.NotNull(stream);
        Assert.True(stream.CanSeek);
        Assert.Equal(bytes, await ReadAllAsync(stream));
    }

    [Fact]
    public async Task Put_ReportsSizeAndSha256_AndInfoAndDigestAgree()
    {
        var bytes = RandomBytes(300_001);
        var expectedSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var stored = await Store.PutAsync(Prefix + "b", new MemoryStream(bytes), new AttachmentPutOptions(bytes.Length, AttachmentContentType.Pdf), Cancellation);

        Assert.Equal(new StoredAttachment(Prefix + "b", bytes.Length, expectedSha256), stored);
        var info = await Store.GetInfoAsync(Prefix + "b", Cancellation);
        Assert.NotNull(info);
        Assert.Equal((bytes.Length, expectedSha256, AttachmentContentType.Pdf), (info.Size, info.Sha256, info.ContentType));
        Assert.InRange(info.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
        Assert.Equal(stored, await Store.DigestAsync(Prefix + "b", Cancellation));
    }

    [Fact]
    public async Task Put_EmptyStream_StoresAnEmptyFile()
    {
        var stored = await Store.PutAsync(Prefix + "empty", new MemoryStream(), new AttachmentPutOptions(10), Cancellation);

        Assert.Equal(0, stored.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Array.Empty<byte>())), stored.Sha256);
        Assert.Equal(0, (await Store.GetInfoAsync(Prefix + "empty", Cancellation))?.Size);
    }

    [Fact]
    public async Task Put_OverTheLimit_IsRefusedWithoutReadingItAll_AndLeavesNothing()
    {
        var source = new MemoryStream(RandomBytes(2 * 1024 * 1024));

        var error = await Assert.ThrowsAsync<AttachmentRejectedException>(
            () => Store.PutAsync(Prefix + "big", source, new AttachmentPutOptions(1000), Cancellation));

        Assert.Equal(AttachmentErrorCodes.FileTooLarge, error.Code);
        Assert.True(source.Position <= 1001, $"read {source.Position} bytes of an over-limit stream");
        Assert.Null(await Store.GetInfoAsync(Prefix + "big", Cancellation));
        Assert.Null(await Store.OpenReadAsync(Prefix + "big", Cancellation));
        Assert.Empty(await ListAsync(Prefix));
    }

    [Fact]
    public async Task Put_OverTheLimitOnAnExistingKey_KeepsThePreviousBytes()
    {
        var original = RandomBytes(500);
        await Store.PutAsync(Prefix + "kept", new MemoryStream(original), new AttachmentPutOptions(1000), Cancellation);

        await Assert.ThrowsAsync<AttachmentRejectedException>(
            () => Store.PutAsync(Prefix + "kept", new MemoryStream(RandomBytes(5000)), new AttachmentPutOptions(1000), Cancellation));

        Assert.Equal(original, await ReadAsync(Prefix + "kept"));
    }

    [Fact]
    public async Task Put_SameKeyAgain_ReplacesTheBytesAndDigest()
    {
        await Store.PutAsync(Prefix + "v", new MemoryStream(RandomBytes(100)), new AttachmentPutOptions(1000), Cancellation);
        var second = RandomBytes(200);

        var stored = await Store.PutAsync(Prefix + "v", new MemoryStream(second), new AttachmentPutOptions(1000), Cancellation);

        Assert.Equal(second, await ReadAsync(Prefix + "v"));
        Assert.Equal(stored.Sha256, (await Store.GetInfoAsync(Prefix + "v", Cancellation))?.Sha256);
    }

    [Fact]
    public async Task Delete_RemovesTheBytes_AndSaysWhetherThereWereAny()
    {
        await Store.PutAsync(Prefix + "d", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);

        Assert.True(await Store.DeleteAsync(Prefix + "d", Cancellation));
        Assert.False(await Store.DeleteAsync(Prefix + "d", Cancellation));
        Assert.Null(await Store.GetInfoAsync(Prefix + "d", Cancellation));
        Assert.Null(await Store.OpenReadAsync(Prefix + "d", Cancellation));
    }

    [Fact]
    public async Task MissingKey_HasNoInfoNoStreamNoDigest()
    {
        Assert.Null(await Store.GetInfoAsync(Prefix + "none", Cancellation));
        Assert.Null(await Store.OpenReadAsync(Prefix + "none", Cancellation));
        Assert.Null(await Store.DigestAsync(Prefix + "none", Cancellation));
    }

    [Fact]
    public async Task List_ByPrefix_GivesOnlyThoseKeys_WithSizeAndCreationTime()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        foreach (var key in new[] { "uploads/1", "uploads/2", "uploads-old/3", "entries/4" })
        {
            await Store.PutAsync(Prefix + key, new MemoryStream(RandomBytes(7)), new AttachmentPutOptions(10), Cancellation);
        }

        var uploads = await ListAsync(Prefix + "uploads/");
        var startingWithUploads = await ListAsync(Prefix + "uploads");

        Assert.Equal([Prefix + "uploads/1", Prefix + "uploads/2"], uploads.Select(item => item.Key).Order());
        Assert.Equal(3, startingWithUploads.Count);
        Assert.Equal(4, (await ListAsync(Prefix)).Count);
        Assert.All(uploads, item => Assert.Equal(7, item.Size));
        Assert.All(uploads, item => Assert.InRange(item.CreatedAt, before, DateTimeOffset.UtcNow.AddMinutes(5)));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/../../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b")]
    [InlineData("a//b")]
    [InlineData(".hidden")]
    [InlineData("tệp")]
    [InlineData("")]
    public async Task InvalidKeys_AreRejected(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.PutAsync(key, new MemoryStream([1]), new AttachmentPutOptions(10), Cancellation));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetInfoAsync(key, Cancellation));
        await Assert.ThrowsAsync<ArgumentException>(
            () => Store.CreateDownloadUrlAsync(key, new AttachmentDownloadRequest("a.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(1)), Cancellation));
    }

    [Fact]
    public async Task DownloadUrl_ServesTheBytesAsAnAttachmentWithTheVietnameseName()
    {
        var bytes = SampleFiles.Pdf();
        await Store.PutAsync(Prefix + "pdf", new MemoryStream(bytes), new AttachmentPutOptions(1000), Cancellation);

        var download = await Store.CreateDownloadUrlAsync(
            Prefix + "pdf", new AttachmentDownloadRequest(VietnameseFileName, AttachmentContentType.Pdf, TimeSpan.FromMinutes(5)), Cancellation);
        using var response = await Http.GetAsync(download.Url, Cancellation);

        Assert.True(download.Url.IsAbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal(AttachmentContentType.Pdf, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(VietnameseFileName, disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o", disposition.ToString(), StringComparison.Ordinal);
        Assert.Contains("filename=\"Bao cao sang kien _ Phuong Dong Da (dot 1).pdf\"", disposition.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadUrl_AcceptsAPut_ThenTheStoreHoldsTheBytes()
    {
        var bytes = RandomBytes(70_000);
        var upload = await Store.CreateUploadUrlAsync(Prefix + "upload", new AttachmentUploadRequest(100_000, TimeSpan.FromMinutes(5)), Cancellation);

        using var response = await PutAsync(upload, bytes);

        Assert.True(upload.Url.IsAbsoluteUri);
        Assert.True(response.IsSuccessStatusCode, $"PUT answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
        Assert.Equal(bytes, await ReadAsync(Prefix + "upload"));
        var digest = await Store.DigestAsync(Prefix + "upload", Cancellation);
        Assert.NotNull(digest);
        Assert.Equal(new StoredAttachment(Prefix + "upload", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))), digest);
        Assert.Equal(digest.Sha256, (await Store.GetInfoAsync(Prefix + "upload", Cancellation))?.Sha256);
    }

    [Fact]
    public async Task UploadUrl_CannotOverwriteBytesAlreadyThere()
    {
        var first = RandomBytes(1000);
        var upload = await Store.CreateUploadUrlAsync(Prefix + "once", new AttachmentUploadRequest(10_000, TimeSpan.FromMinutes(5)), Cancellation);
        using (var accepted = await PutAsync(upload, first))
        {
            Assert.True(accepted.IsSuccessStatusCode);
        }

        using var second = await PutAsync(upload, RandomBytes(1000));

        Assert.False(second.IsSuccessStatusCode, "a second PUT replaced bytes already verified");
        Assert.Equal(first, await ReadAsync(Prefix + "once"));
    }

    [Fact]
    public async Task UploadUrl_CannotBeUsedToRead()
    {
        await Store.PutAsync(Prefix + "secret", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        var upload = await Store.CreateUploadUrlAsync(Prefix + "secret", new AttachmentUploadRequest(10, TimeSpan.FromMinutes(5)), Cancellation);

        using var response = await Http.GetAsync(upload.Url, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredDownloadUrl_IsRefused()
    {
        await Store.PutAsync(Prefix + "old", new MemoryStream(RandomBytes(10)), new AttachmentPutOptions(10), Cancellation);
        var anHourAgo = CreateStore(new ShiftedTimeProvider(TimeSpan.FromHours(-1)));

        var download = await anHourAgo.CreateDownloadUrlAsync(
            Prefix + "old", new AttachmentDownloadRequest("cu.pdf", AttachmentContentType.Pdf, TimeSpan.FromMinutes(10)), Cancellation);
        using var response = await Http.GetAsync(download.Url, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredUploadUrl_IsRefused_AndNothingIsStored()
    {
        var anHourAgo = CreateStore(new ShiftedTimeProvider(TimeSpan.FromHours(-1)));

        var upload = await anHourAgo.CreateUploadUrlAsync(Prefix + "late", new AttachmentUploadRequest(100, TimeSpan.FromMinutes(10)), Cancellation);
        using var response = await PutAsync(upload, RandomBytes(10));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await Store.GetInfoAsync(Prefix + "late", Cancellation));
    }

    [Fact]
    public async Task Readiness_IsReady()
    {
        var readiness = await Store.CheckReadinessAsync(Cancellation);
        Assert.True(readiness.IsReady, readiness.Description);
    }

    protected static async Task<HttpResponseMessage> PutAsync(AttachmentUploadUrl upload, byte[] bytes)
    {
        using var request = new HttpRequestMessage(new HttpMethod(upload.Method), upload.Url) { Content = new ByteArrayContent(bytes) };
        foreach (var (name, value) in upload.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await Http.SendAsync(request, Cancellation);
    }

    protected async Task<byte[]?> ReadAsync(string key)
    {
        await using var stream = await Store.OpenReadAsync(key, Cancellation);
        return stream is null ? null : await ReadAllAsync(stream);
    }

    protected async Task<List<AttachmentListing>> ListAsync(string prefix)
    {
        var items = new List<AttachmentListing>();
        await foreach (var item in Store.ListAsync(prefix, Cancellation))
        {
            items.Add(item);
        }

        return items;
    }

    protected static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancellation);
        return copy.ToArray();
    }
}
