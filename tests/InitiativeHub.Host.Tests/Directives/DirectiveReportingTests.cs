using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Organizations;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Directives;

/// <summary>
/// Seed 002 replayed: Sở KH&amp;CN Lạng Sơn asks the wards to report the results of the 21/4 and 26/4 propaganda. The
/// dates are moved to now (the host runs on the real clock) so one ward reports on time, one late and one never.
/// </summary>
public sealed class DirectiveReportingTests
{
    private const string Issue = """
        mutation($input: IssueDirectiveInput!) { issueDirective(input: $input) {
          directive { id code title issuerName recipients { id } reports { id status organization { id } } } errors { code message field } } }
        """;

    private const string Submit = """
        mutation($input: SubmitUnitReportInput!) { submitUnitReport(input: $input) {
          report { id status submittedAt initiativesSubmitted initiativesRecognized awardsApproved activities { kind count note } } errors { code message field } } }
        """;

    private const string SaveDraft = """
        mutation($input: SaveUnitReportDraftInput!) { saveUnitReportDraft(input: $input) { report { id status activities { kind count } } errors { code message } } }
        """;

    private const string Aggregate = """
        query($id: ID!) { directiveAggregate(directiveId: $id) {
          onTime late missing initiativesSubmitted initiativesRecognized awardsApproved activities { kind count }
          rows { organization { id } status overdue initiativesSubmitted activities { kind count } } } }
        """;

    [Fact]
    public async Task Seed002_ThreeWards_OnTimeLateAndNever_AggregateShowsExactlyThePlatformCountsAndReportedActivities()
    {
        await using var host = await HostProcess.StartAsync(new Dictionary<string, string> { ["InitiativeHub__Directives__ReminderInterval"] = "00:00:01" });
        var fixture = HostFixture.For(host);
        var orgs = await OrganizationScenario.CreateAsync(fixture);
        var department = await OrganizationScenario.CreateAsync(orgs.Admin, $"Sở Khoa học và Công nghệ {orgs.Suffix}", "DEPARTMENT", orgs.ProvinceId);
        var wardC = await OrganizationScenario.CreateAsync(orgs.Admin, $"UBND Phường Tam Thanh {orgs.Suffix}", "COMMUNE_PEOPLES_COMMITTEE", orgs.ProvinceId);
        var sở = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", department);
        var wardAOrganizer = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardAId);
        var wardBOrganizer = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardBId);
        var wardCOrganizer = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", wardC);

        // Entries the platform must count: 2 in ward A (plus a draft that must not count), 1 in B, 1 in C.
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"nguoidan.{Guid.NewGuid():N}@example.vn");
        var titlesA = new[] { "Tra cứu thủ tục qua Zalo OA", "Sổ tay chuyển đổi số cho tổ dân phố" };
        foreach (var title in titlesA)
        {
            await SubmitEntryAsync(citizen, wardAOrganizer, orgs.WardAId, title, submit: true);
        }

        await SubmitEntryAsync(citizen, wardAOrganizer, orgs.WardAId, "Bản nháp chưa nộp", submit: false);
        await SubmitEntryAsync(citizen, wardBOrganizer, orgs.WardBId, "Bản đồ số điểm sinh hoạt cộng đồng", submit: true);
        await SubmitEntryAsync(citizen, wardCOrganizer, wardC, "Loa truyền thanh thông minh", submit: true);

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(25);
        var issued = await sở.MutateAsync(Issue, "issueDirective", new
        {
            input = new
            {
                issuerId = department,
                code = "1234/SKHCN-QLCN&TĐC",
                title = "V/v phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) và Ngày Sở hữu trí tuệ thế giới (26/4) năm 2026",
                reportDueAt = dueAt.ToString("O"),
                periodStart = today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                periodEnd = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                recipientIds = new[] { orgs.WardAId, orgs.WardBId, wardC },
                legalBasis = new[] { "Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ" },
                requestedContent = "Tổng hợp, gửi thông tin kết quả tuyên truyền về Sở Khoa học và Công nghệ trước hạn.",
            },
        });
        var directive = issued["directive"]?.AsObject() ?? throw new InvalidOperationException(issued.ToJsonString());
        var directiveId = directive["id"]!.GetValue<string>();
        Assert.Equal($"Sở Khoa học và Công nghệ {orgs.Suffix}", directive["issuerName"]!.GetValue<string>());
        Assert.All(directive["reports"]!.AsArray(), r => Assert.Equal("NOT_STARTED", r!["status"]!.GetValue<string>()));
        var reportA = directive["reports"]!.AsArray().Single(r => r!["organization"]!["id"]!.GetValue<string>() == orgs.WardAId)!["id"]!.GetValue<string>();

        // Ward A drafts; ward B neither lists A's report nor reads it by id.
        var draft = await wardAOrganizer.MutateAsync(SaveDraft, "saveUnitReportDraft", new { input = new { directiveId, organizationId = orgs.WardAId, activities = new[] { new { kind = "BANNERS", count = 1 } } } });
        Assert.Equal("DRAFT", draft["report"]!["status"]!.GetValue<string>());
        var seenByB = await wardBOrganizer.GraphQLAsync("query($id: ID!) { node(id: $id) { id } directives { nodes { reports { organization { id } activities { kind } } } } }", new { id = reportA });
        Assert.Null(seenByB["data"]!["node"]);
        var bReports = seenByB["data"]!["directives"]!["nodes"]!.AsArray().Single()!["reports"]!.AsArray();
        Assert.Equal(orgs.WardBId, Assert.Single(bReports)!["organization"]!["id"]!.GetValue<string>());
        var bTriesA = await wardBOrganizer.MutateAsync(Submit, "submitUnitReport", new { input = new { directiveId, organizationId = orgs.WardAId, activities = Array.Empty<object>() } });
        Assert.Equal("FORBIDDEN", bTriesA["errors"]![0]!["code"]!.GetValue<string>());

        // The issuer sees A's status but not the draft's content.
        var issuerView = await sở.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on UnitReport { status activities { kind } } } }", new { id = reportA });
        Assert.Equal("DRAFT", issuerView["data"]!["node"]!["status"]!.GetValue<string>());
        Assert.Empty(issuerView["data"]!["node"]!["activities"]!.AsArray());

        // Ward A reports on time.
        var onTime = await wardAOrganizer.MutateAsync(Submit, "submitUnitReport", new
        {
            input = new
            {
                directiveId,
                organizationId = orgs.WardAId,
                activities = new object[]
                {
                    new { kind = "BANNERS", count = 6 },
                    new { kind = "ARTICLES", count = 3, note = "Cổng thông tin điện tử phường" },
                    new { kind = "EVENTS", count = 1 },
                    new { kind = "PARTICIPANTS", count = 150 },
                },
                narrative = "Phường đã treo băng rôn tại trụ sở và các tổ dân phố.",
            },
        });
        Assert.Equal("SUBMITTED", onTime["report"]?["status"]?.GetValue<string>() ?? onTime.ToJsonString());
        Assert.Equal(2, onTime["report"]!["initiativesSubmitted"]!.GetValue<int>());

        // Ward C is reminded once (the 1-day step), however many rounds pass.
        await WaitUntilAsync(async () => (await ReminderCountAsync(wardCOrganizer)) >= 1, TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, await ReminderCountAsync(wardCOrganizer));
        Assert.True(await ReminderCountAsync(wardAOrganizer) <= 1, "a step goes out at most once per recipient");

        // Ward B reports after the due date: accepted, marked LATE.
        var wait = dueAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var late = await wardBOrganizer.MutateAsync(Submit, "submitUnitReport", new { input = new { directiveId, organizationId = orgs.WardBId, activities = new[] { new { kind = "BANNERS", count = 2 } } } });
        Assert.Equal("LATE", late["report"]?["status"]?.GetValue<string>() ?? late.ToJsonString());
        Assert.Equal(1, late["report"]!["initiativesSubmitted"]!.GetValue<int>());
        var again = await wardBOrganizer.MutateAsync(Submit, "submitUnitReport", new { input = new { directiveId, organizationId = orgs.WardBId, activities = Array.Empty<object>() } });
        Assert.Equal("REPORT_ALREADY_SUBMITTED", again["errors"]![0]!["code"]!.GetValue<string>());

        // The superior's aggregate shows exactly those figures.
        var aggregate = (await sở.GraphQLAsync(Aggregate, new { id = directiveId }))["data"]!["directiveAggregate"]!;
        Assert.Equal(1, aggregate["onTime"]!.GetValue<int>());
        Assert.Equal(1, aggregate["late"]!.GetValue<int>());
        Assert.Equal(1, aggregate["missing"]!.GetValue<int>());
        Assert.Equal(4, aggregate["initiativesSubmitted"]!.GetValue<int>());
        Assert.Equal(0, aggregate["awardsApproved"]!.GetValue<int>());
        Assert.Equal(
            "BANNERS=8;ARTICLES=3;EVENTS=1;PARTICIPANTS=150",
            string.Join(';', aggregate["activities"]!.AsArray().Select(a => $"{a!["kind"]}={a["count"]}")));
        var rows = aggregate["rows"]!.AsArray().ToDictionary(r => r!["organization"]!["id"]!.GetValue<string>(), r => r!);
        Assert.Equal(("SUBMITTED", 2, false), Row(rows[orgs.WardAId]));
        Assert.Equal(("LATE", 1, false), Row(rows[orgs.WardBId]));
        Assert.Equal(("NOT_STARTED", 1, true), Row(rows[wardC]));

        // Each figure drills down to its list.
        var items = await sở.GraphQLAsync(
            "query($id: ID!, $org: ID) { directiveFigureItems(directiveId: $id, organizationId: $org, figure: ENTRIES_SUBMITTED) { title organizationName } }",
            new { id = directiveId, org = orgs.WardAId });
        Assert.Equal(titlesA.Order(), items["data"]!["directiveFigureItems"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).Order());

        // The exported results report and its annex print exactly those figures.
        var docx = await ExportResultsReportAsync(sở, directiveId, "DOCX");
        var paragraphs = WordParagraphs(docx);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains($"SỞ KHOA HỌC VÀ CÔNG NGHỆ {orgs.Suffix.ToUpperInvariant()}", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-SKHCN", StringComparison.Ordinal));
        Assert.Contains($"Lạng Sơn {orgs.Suffix}, {LongDate()}", paragraphs);
        Assert.Contains($"Kính gửi: UBND tỉnh Lạng Sơn {orgs.Suffix}", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Kết quả thực hiện Công văn số 1234/SKHCN-QLCN&TĐC ngày", StringComparison.Ordinal));
        Assert.Contains("- Số sáng kiến, mô hình đã nộp: 4;", paragraphs);
        Assert.Contains("- Băng rôn, khẩu hiệu: 8;", paragraphs);
        Assert.Contains("- Lượt người tham gia: 150.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("3. Tình hình báo cáo: 3 đơn vị nhận văn bản; 1 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo trễ hạn, 1 đơn vị chưa báo cáo", StringComparison.Ordinal));
        Assert.Contains($"UBND Phường Trần Hưng Đạo {orgs.Suffix}: Phường đã treo băng rôn tại trụ sở và các tổ dân phố.", paragraphs);
        foreach (var section in new[] { "I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG", "V. KIẾN NGHỊ", "Nơi nhận:" })
        {
            Assert.Contains(section, paragraphs);
        }

        var annex = SheetRows(await ExportResultsReportAsync(sở, directiveId, "XLSX"));
        Assert.Equal("PHỤ LỤC SỐ LIỆU KẾT QUẢ THỰC HIỆN", annex[0][0]);
        Assert.Equal(["STT", "Đơn vị", "Tình trạng báo cáo", "Sáng kiến, mô hình đã nộp", "Sáng kiến được công nhận", "Khen thưởng được phê duyệt",
            "Băng rôn, khẩu hiệu", "Tin, bài đã đăng", "Lượt phát thanh", "Sự kiện, hội nghị", "Lượt người tham gia", "Hoạt động khác"], annex[2]);
        Assert.Equal(["1", $"UBND Phường Đông Kinh {orgs.Suffix}", "1", "0", "0", "2", "0", "0", "0", "0", "0"], Without(annex[3], 2));
        Assert.StartsWith("Trễ hạn (", annex[3][2], StringComparison.Ordinal);
        Assert.Equal(["2", $"UBND Phường Tam Thanh {orgs.Suffix}", "Chưa báo cáo", "1", "0", "0", "0", "0", "0", "0", "0", "0"], annex[4]);
        Assert.Equal(["3", $"UBND Phường Trần Hưng Đạo {orgs.Suffix}", "2", "0", "0", "6", "3", "0", "1", "150", "0"], Without(annex[5], 2));
        Assert.StartsWith("Đúng hạn (", annex[5][2], StringComparison.Ordinal);
        Assert.Equal(["", "Tổng cộng", "", "4", "0", "0", "8", "3", "0", "1", "150", "0"], annex[6]);
        Assert.Equal(7, annex.Count);

        // A ward exports its own report to the Sở, never another ward's figures; someone outside the directive cannot export it.
        var own = WordParagraphs(await ExportResultsReportAsync(wardAOrganizer, directiveId, "DOCX"));
        Assert.Contains($"Kính gửi: Sở Khoa học và Công nghệ {orgs.Suffix}", own);
        Assert.Contains($"Phường Trần Hưng Đạo {orgs.Suffix}, {LongDate()}", own);
        Assert.Contains("- Số sáng kiến, mô hình đã nộp: 2;", own);
        Assert.Contains("- Băng rôn, khẩu hiệu: 6;", own);
        Assert.DoesNotContain(own, p => p.Contains("Đông Kinh", StringComparison.Ordinal) || p.Contains("Tam Thanh", StringComparison.Ordinal));
        var outsider = await citizen.MutateAsync(StartExport, "startExport", new { input = new { directiveId, kind = "RESULTS_REPORT", format = "DOCX" } });
        Assert.Equal("NOT_FOUND", outsider["errors"]![0]!["code"]!.GetValue<string>());

        // A ward is not the superior: no aggregate for it.
        var refused = await wardBOrganizer.GraphQLAsync(Aggregate, new { id = directiveId });
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private const string StartExport = "mutation($input: StartExportInput!) { startExport(input: $input) { job { id status } errors { code message field } } }";

    /// <summary>Starts the results report export, waits for the job and downloads the file.</summary>
    private static async Task<byte[]> ExportResultsReportAsync(ApiClient client, string directiveId, string format)
    {
        var started = await client.MutateAsync(StartExport, "startExport", new { input = new { directiveId, kind = "RESULTS_REPORT", format } });
        var jobId = started["job"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(started.ToJsonString());
        JsonNode? job = null;
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (job?["status"]?.GetValue<string>() is not ("SUCCEEDED" or "FAILED"))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The export did not finish.");
            await Task.Delay(200);
            job = (await client.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on ExportJob { status error downloadUrl } } }", new { id = jobId }))["data"]!["node"];
        }

        Assert.True(job["status"]!.GetValue<string>() == "SUCCEEDED", job.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Get, job["downloadUrl"]!.GetValue<string>());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> WordParagraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static List<List<string>> SheetRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        return part.Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty).ToList())
            .ToList();
    }

    private static List<string> Without(List<string> row, int index) => row.Where((_, i) => i != index).ToList();

    /// <summary>Today in Vietnam as documents write it: day always two digits, month two digits only for January and February.</summary>
    private static string LongDate()
    {
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        var month = today.Month <= 2 ? today.Month.ToString("00", CultureInfo.InvariantCulture) : today.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {today.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {month} năm {today.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static (string Status, int Submitted, bool Overdue) Row(JsonNode row) =>
        (row["status"]!.GetValue<string>(), row["initiativesSubmitted"]!.GetValue<int>(), row["overdue"]!.GetValue<bool>());

    private static async Task<int> ReminderCountAsync(ApiClient client)
    {
        var notices = await client.GraphQLAsync("{ notifications(first: 100) { kind } }");
        return notices["data"]!["notifications"]!.AsArray().Count(n => n!["kind"]!.GetValue<string>() == "directive-reminder");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The condition was not met in time.");
            await Task.Delay(300);
        }
    }

    private static readonly ConcurrentDictionary<string, (string CampaignId, string CategoryId)> Campaigns = [];

    /// <summary>An entry by <paramref name="citizen"/> in an open campaign of the ward (one per ward), submitted or left a draft.</summary>
    internal static async Task SubmitEntryAsync(ApiClient citizen, ApiClient organizer, string wardId, string title, bool submit)
    {
        if (!Campaigns.TryGetValue(wardId, out var campaign))
        {
            var created = await CampaignScenario.CreateOpenCampaignAsync(organizer, wardId, TimeSpan.FromDays(30));
            campaign = (created["id"]!.GetValue<string>(), created["categories"]![0]!["id"]!.GetValue<string>());
            Campaigns[wardId] = campaign;
        }

        var entry = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(campaign.CampaignId, campaign.CategoryId, title));
        var entryId = entry["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(entry.ToJsonString());
        if (submit)
        {
            var submitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
            Assert.Equal("SUBMITTED", submitted["entry"]?["status"]?.GetValue<string>() ?? submitted.ToJsonString());
        }
    }
}
