using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Entries;

[Collection(HostCollection.Name)]
public sealed class AttachmentTests(HostFixture fixture)
{
    private const string RequestUpload =
        "mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { uploadUrl uploadId expiresAt uploadHeaders { name value } errors { code message } } }";

    private const string CompleteUpload =
        "mutation($input: CompleteAttachmentUploadInput!) { completeAttachmentUpload(input: $input) { attachment { id fileName contentType sizeBytes sha256 } errors { code message } } }";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Multipart_And_SignedUrl_Attachments_AreStoredSniffedAndCoveredByTheReceipt()
    {
        // Arrange
        var (scenario, citizen, entryId) = await DraftAsync();

        // Act: a small file through the multipart request, a larger one through the signed URL.
        var viaMultipart = await UploadAsync(citizen, entryId, "Thuyết minh sáng kiến.pdf", Pdf, "application/pdf");
        var ticket = await citizen.MutateAsync(RequestUpload, "requestAttachmentUpload",
            new { input = new { entryId, fileName = "Ảnh chụp màn hình.png", contentType = "image/png", sizeBytes = Png.Length } });
        using (var put = new HttpRequestMessage(HttpMethod.Put, ticket["uploadUrl"]!.GetValue<string>()) { Content = new ByteArrayContent(Png) })
        {
            foreach (var header in ticket["uploadHeaders"]!.AsArray())
            {
                put.Headers.TryAddWithoutValidation(header!["name"]!.GetValue<string>(), header["value"]!.GetValue<string>());
            }

            using var http = new HttpClient();
            using var stored = await http.SendAsync(put, TestContext.Current.CancellationToken);
            Assert.True(stored.IsSuccessStatusCode, $"PUT answered {(int)stored.StatusCode}");
        }

        var completed = await citizen.MutateAsync(CompleteUpload, "completeAttachmentUpload",
            new { input = new { uploadId = ticket["uploadId"]!.GetValue<string>(), sha256 = Sha256(Png) } });
        var submitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });

        // Assert: both attached with the sniffed types and digests, and the receipt still verifies.
        var pdf = viaMultipart["attachment"]!;
        Assert.Null(viaMultipart["errors"]);
        Assert.Equal("Thuyết minh sáng kiến.pdf", pdf["fileName"]!.GetValue<string>());
        Assert.Equal("application/pdf", pdf["contentType"]!.GetValue<string>());
        Assert.Equal(Sha256(Pdf), pdf["sha256"]!.GetValue<string>());
        Assert.Null(completed["errors"]);
        Assert.Equal("image/png", completed["attachment"]!["contentType"]!.GetValue<string>());
        Assert.Equal(2, submitted["entry"]!["attachments"]!.AsArray().Count);
        Assert.NotEmpty(StoredFilesOf(entryId));
        var receipt = submitted["receipt"]!;
        var verified = await fixture.CreateClient().GraphQLAsync(
            "query($n: String!, $d: String!) { verifyReceipt(number: $n, digest: $d) { valid } }",
            new { n = receipt["number"]!.GetValue<string>(), d = receipt["digest"]!.GetValue<string>() });
        Assert.True(verified["data"]!["verifyReceipt"]!["valid"]!.GetValue<bool>());

        // The organizer downloads the file: same bytes, as an attachment, with the Vietnamese name encoded.
        var seen = await scenario.Organizer.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { attachments { fileName downloadUrl } } } }", new { id = entryId });
        var url = seen["data"]!["node"]!["attachments"]!.AsArray().Single(a => a!["fileName"]!.GetValue<string>().EndsWith(".pdf", StringComparison.Ordinal))!["downloadUrl"]!.GetValue<string>();
        using var download = await new HttpClient().GetAsync(new Uri(url), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Thuyết minh sáng kiến.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task AddAttachment_ExecutableNamedPdf_IsRefusedAndNothingKept()
    {
        var (_, citizen, entryId) = await DraftAsync();
        var executable = new byte[512];
        "MZ"u8.CopyTo(executable);

        var payload = await UploadAsync(citizen, entryId, "bao-cao.pdf", executable, "application/pdf");
        var entry = await citizen.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { attachments { id } } } }", new { id = entryId });

        Assert.Equal("FILE_TYPE_NOT_ALLOWED", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["attachment"]);
        Assert.Empty(entry["data"]!["node"]!["attachments"]!.AsArray());
        Assert.Empty(StoredFilesOf(entryId));
    }

    [Fact]
    public async Task AddAttachment_OverTheCampaignLimit_IsRefusedWithFileTooLarge()
    {
        var (_, citizen, entryId) = await DraftAsync();
        var big = new byte[1_200_000];
        Pdf.CopyTo(big, 0);

        var payload = await UploadAsync(citizen, entryId, "lon.pdf", big, "application/pdf");

        Assert.Equal("FILE_TOO_LARGE", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(StoredFilesOf(entryId));
    }

    [Fact]
    public async Task CompleteAttachmentUpload_DigestMismatch_IsRefusedAndTheBlobRemoved()
    {
        var (_, citizen, entryId) = await DraftAsync();
        var ticket = await citizen.MutateAsync(RequestUpload, "requestAttachmentUpload",
            new { input = new { entryId, fileName = "anh.png", contentType = "image/png", sizeBytes = Png.Length } });
        using (var http = new HttpClient())
        {
            using var put = await http.PutAsync(new Uri(ticket["uploadUrl"]!.GetValue<string>()), new ByteArrayContent(Png), TestContext.Current.CancellationToken);
            Assert.True(put.IsSuccessStatusCode);
        }

        var completed = await citizen.MutateAsync(CompleteUpload, "completeAttachmentUpload",
            new { input = new { uploadId = ticket["uploadId"]!.GetValue<string>(), sha256 = new string('a', 64) } });

        Assert.Equal("DIGEST_MISMATCH", completed["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(StoredFilesOf(entryId));
    }

    [Fact]
    public async Task Attachments_OfAnotherCitizensEntry_CannotBeAddedOrDownloaded()
    {
        var (_, owner, entryId) = await DraftAsync();
        await UploadAsync(owner, entryId, "mo-ta.pdf", Pdf, "application/pdf");
        var other = fixture.CreateClient();
        await other.SignUpAsync($"other.{Guid.NewGuid():N}@example.vn");

        var added = await UploadAsync(other, entryId, "chen.pdf", Pdf, "application/pdf");
        var seen = await other.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { attachments { downloadUrl } } } }", new { id = entryId });

        Assert.Equal("NOT_FOUND", added["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(seen["data"]!["node"]);
    }

    private async Task<(CampaignScenario Scenario, ApiClient Citizen, string EntryId)> DraftAsync()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"attach.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        return (scenario, citizen, created["entry"]!["id"]!.GetValue<string>());
    }

    private static Task<JsonObject> UploadAsync(ApiClient client, string entryId, string fileName, byte[] bytes, string contentType) =>
        MultipartUpload.AddAttachmentAsync(client, entryId, fileName, bytes, contentType, TestContext.Current.CancellationToken);

    private IReadOnlyList<string> StoredFilesOf(string entryGlobalId)
    {
        var entryId = Encoding.UTF8.GetString(Convert.FromBase64String(entryGlobalId)).Split(':')[1];
        // Whatever the store's layout (content, metadata), nothing of the entry may remain under the attachments folder.
        var root = Path.Combine(fixture.Host.DataPath, "attachments");
        return Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => f.Contains(entryId, StringComparison.Ordinal)).ToList()
            : [];
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
