using System.Net.Sockets;
using System.Text;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Testing;
using InitiativeHub.Testing.Attachments;

namespace InitiativeHub.Host.Tests.Security;

/// <summary>
/// The bad-file corpus sent as a hostile client would, through the multipart upload of the real host: every file is
/// refused with its coded error, and the entry keeps no attachment and the store no bytes.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HostileUploadTests(HostFixture fixture)
{
    private const string Attachments = "query($id: ID!) { node(id: $id) { ... on Entry { attachments { id fileName } } } }";

    /// <summary>Name, bytes, the content type the client claims, and the code the platform must answer.</summary>
    public static TheoryData<string, string, string, string> Corpus() => new()
    {
        { "windows-program", "hoa-don.pdf", "application/pdf", "FILE_TYPE_NOT_ALLOWED" },
        { "linux-program", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_TYPE_NOT_ALLOWED" },
        { "script-with-bom", "ghi-chu.txt", "text/plain", "FILE_TYPE_NOT_ALLOWED" },
        { "macro-document", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_TYPE_NOT_ALLOWED" },
        { "html-page", "trang.txt", "text/plain", "FILE_TYPE_NOT_ALLOWED" },
        { "pdf-zip-polyglot", "bao-cao.pdf", "application/pdf", "FILE_CONTENT_MISMATCH" },
        { "png-docx-polyglot", "anh.png", "image/png", "FILE_CONTENT_MISMATCH" },
        { "png-named-pdf", "bao-cao.pdf", "application/pdf", "FILE_CONTENT_MISMATCH" },
        { "docx-bomb", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_TOO_LARGE" },
        { "docx-bomb-lying-headers", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_CONTENT_MISMATCH" },
        { "docx-traversal-entry", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_CONTENT_MISMATCH" },
        { "corrupt-docx", "sang-kien.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "FILE_CONTENT_MISMATCH" },
        { "pdf", "../../../../etc/cron.d/sang-kien.pdf", "application/pdf", "FILE_NAME_NOT_ALLOWED" },
        { "pdf", "..\\..\\Windows\\sang-kien.pdf", "application/pdf", "FILE_NAME_NOT_ALLOWED" },
        { "pdf", "bao\u0007cao.pdf", "application/pdf", "FILE_NAME_NOT_ALLOWED" },
        { "pdf", "hoa-don\u202Efdp.exe", "application/pdf", "FILE_NAME_NOT_ALLOWED" },
        { "pdf", new string('x', 496) + ".pdf", "application/pdf", "FILE_NAME_NOT_ALLOWED" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task AddAttachment_BadFile_IsRefusedWithItsCodeAndNothingIsKept(string sample, string fileName, string contentType, string expectedCode)
    {
        // Arrange
        var (citizen, entryId) = await DraftAsync();

        // Act
        var payload = await MultipartUpload.AddAttachmentAsync(citizen, entryId, fileName, Bytes(sample), contentType, TestContext.Current.CancellationToken);
        var entry = await citizen.GraphQLAsync(Attachments, new { id = entryId });

        // Assert
        Assert.Equal(expectedCode, payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("file", payload["errors"]![0]!["field"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(payload["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.Null(payload["attachment"]);
        Assert.Empty(entry["data"]!["node"]!["attachments"]!.AsArray());
        Assert.Empty(StoredFilesOf(entryId));
    }

    [Fact]
    public async Task AddAttachment_DeclaredOverTheRequestLimit_IsRefusedBeforeTheBodyIsSent()
    {
        // Arrange: a multipart request announcing 300 MiB, more than any upload the transport accepts.
        var (citizen, _) = await DraftAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(fixture.Host.BaseAddress.Host, fixture.Host.BaseAddress.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var head = "POST /graphql HTTP/1.1\r\n" +
            $"Host: {fixture.Host.BaseAddress.Authority}\r\n" +
            "Content-Type: multipart/form-data; boundary=ranh-gioi\r\n" +
            $"Content-Length: {300L * 1024 * 1024}\r\n" +
            "GraphQL-Require-Preflight: 1\r\n" +
            $"Authorization: Bearer {citizen.AccessToken}\r\n\r\n";

        // Act: only the head is sent; a server that waited for the body would never answer.
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(1));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), patience.Token);
        var answer = new byte[4096];
        var read = await stream.ReadAsync(answer, patience.Token);

        // Assert
        var statusLine = Encoding.ASCII.GetString(answer, 0, read).Split("\r\n")[0];
        Assert.StartsWith("HTTP/1.1 413 ", statusLine, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string sample) => sample switch
    {
        "pdf" => SampleFiles.Pdf(),
        "windows-program" => SampleFiles.WindowsExecutable(),
        "linux-program" => SampleFiles.ElfExecutable(),
        "script-with-bom" => SampleFiles.ShellScriptWithByteOrderMark(),
        "macro-document" => SampleFiles.MacroEnabledDocx(),
        "html-page" => SampleFiles.Html(),
        "pdf-zip-polyglot" => SampleFiles.PdfWithZipAppended(),
        "png-docx-polyglot" => SampleFiles.PngWithZipAppended(),
        "png-named-pdf" => SampleFiles.Png(),
        // Far past the scenario campaign's 1 MB limit once inflated, yet only tens of kilobytes on the wire.
        "docx-bomb" => SampleFiles.ZipBombDocx(40 * 1024 * 1024),
        "docx-bomb-lying-headers" => LyingBomb(),
        "docx-traversal-entry" => SampleFiles.DocxWithEntry("../../../home/user/.bashrc"),
        "corrupt-docx" => SampleFiles.CorruptZip(),
        _ => throw new ArgumentOutOfRangeException(nameof(sample), sample, "not in the corpus"),
    };

    private static byte[] LyingBomb()
    {
        var bomb = SampleFiles.ZipBombDocx(3 * 1024 * 1024);
        ZipHeaders.DeclareUncompressedSizes(bomb, 100);
        return bomb;
    }

    private async Task<(ApiClient Citizen, string EntryId)> DraftAsync()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"hostile.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        return (citizen, created["entry"]!["id"]!.GetValue<string>());
    }

    private IReadOnlyList<string> StoredFilesOf(string entryGlobalId)
    {
        var entryId = Encoding.UTF8.GetString(Convert.FromBase64String(entryGlobalId)).Split(':')[1];
        var root = Path.Combine(fixture.Host.DataPath, "attachments");
        return Directory.Exists(root)
            ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).Where(f => f.Contains(entryId, StringComparison.Ordinal)).ToList()
            : [];
    }
}
