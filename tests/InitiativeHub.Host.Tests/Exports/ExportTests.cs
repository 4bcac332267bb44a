using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Judging;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Exports;

[Collection(HostCollection.Name)]
public sealed class ExportTests(HostFixture fixture)
{
    private const string StartExport = "mutation($input: StartExportInput!) { startExport(input: $input) { job { id kind format status progress downloadUrl } errors { code message field } } }";
    private const string JobById = "query($id: ID!) { node(id: $id) { ... on ExportJob { id status progress downloadUrl error } } }";
    private const string Watch = "subscription($id: ID!) { onExportJobChanged(jobId: $id) { id status progress downloadUrl } }";

    [Fact]
    public async Task Entries_export_runs_as_a_job_followed_over_websocket_and_only_authorized_viewers_download_it()
    {
        // Arrange: three submitted entries, an organizer and a leader of the ward, an organizer of another ward.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var titles = new[] { "Số hóa sổ điểm trường THCS", "=HYPERLINK(\"http://x\",\"Bấm vào đây\")", "Camera an ninh tổ dân phố" };
        foreach (var title in titles)
        {
            var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title));
            await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId = created["entry"]!["id"]!.GetValue<string>() } });
        }

        var leader = await scenario.Organizations.UserWithRoleAsync(fixture, "LEADER", scenario.Organizations.WardAId);
        var outsider = await scenario.Organizations.UserWithRoleAsync(fixture, "ORGANIZER", scenario.Organizations.WardBId);
        var entriesXlsx = new { input = new { campaignId = scenario.CampaignId, kind = "ENTRIES", format = "XLSX" } };

        // Act: start, follow over graphql-transport-ws until the job ends, download.
        var started = await scenario.Organizer.MutateAsync(StartExport, "startExport", entriesXlsx);
        var jobId = started["job"]!["id"]!.GetValue<string>();
        var events = await FollowAsync(scenario.Organizer, jobId);
        var url = events[^1]["downloadUrl"]!.GetValue<string>();
        using var download = await GetAsync(scenario.Organizer, url);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var leaderDownload = await GetAsync(leader, url);
        using var outsiderDownload = await GetAsync(outsider, url);
        using var anonymousDownload = await GetAsync(null, url);
        var outsiderStart = await outsider.MutateAsync(StartExport, "startExport", entriesXlsx);
        var outsiderNode = await outsider.GraphQLAsync(JobById, new { id = jobId });
        var leaderStart = await leader.MutateAsync(StartExport, "startExport", entriesXlsx);
        var awardees = await scenario.Organizer.MutateAsync(StartExport, "startExport", new { input = new { campaignId = scenario.CampaignId, kind = "AWARDEE_LIST", format = "CSV" } });
        var decisionAsXlsx = await scenario.Organizer.MutateAsync(StartExport, "startExport", new { input = new { campaignId = scenario.CampaignId, kind = "DECISION_DRAFT", format = "XLSX" } });

        // Assert: the job's events, then the file as Excel reads it.
        Assert.Null(started["errors"]);
        Assert.Contains(started["job"]!["status"]!.GetValue<string>(), new[] { "QUEUED", "RUNNING" });
        Assert.Null(started["job"]!["downloadUrl"]);
        Assert.Equal("SUCCEEDED", events[^1]["status"]!.GetValue<string>());
        Assert.Equal(100, events[^1]["progress"]!.GetValue<int>());
        var progress = events.Select(e => e["progress"]!.GetValue<int>()).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("Danh sách hồ sơ", download.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
        {
            var sheet = (WorksheetPart)workbook.WorkbookPart!.GetPartById(workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
            var rows = sheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList()).ToList();
            Assert.Equal(5, rows.Count);
            Assert.Equal("STT", rows[1][0]);
            Assert.Equal(titles.Order(), rows.Skip(2).Select(r => r[2]).Order());
            Assert.All(rows.Skip(2), r => Assert.Equal("Đã nộp", r[7]));
            Assert.Empty(sheet.Worksheet.Descendants<CellFormula>());
        }

        Assert.Equal(HttpStatusCode.OK, leaderDownload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outsiderDownload.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousDownload.StatusCode);
        Assert.Equal("FORBIDDEN", outsiderStart["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(outsiderStart["job"]);
        Assert.Null(outsiderNode["data"]!["node"]);
        Assert.Null(leaderStart["errors"]);
        Assert.Equal("EXPORT_DATA_NOT_AVAILABLE", awardees["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("UNSUPPORTED_EXPORT_FORMAT", decisionAsXlsx["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_job_whose_client_went_away_still_finishes_and_score_sheets_have_one_worksheet_per_judge()
    {
        // Arrange: an accepted entry in JUDGING, two judges, one submitted sheet.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();
        await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var a = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var b = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, [a, b]));
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 2 } });
        var assignmentOfA = assigned["assignments"]!.AsArray().Single(x => x!["judge"]!["id"]!.GetValue<string>() == a.UserId)!["id"]!.GetValue<string>();
        var scores = new object[] { new { criterionCode = "NOVELTY", points = 20m }, new { criterionCode = "EFFECT", points = 35m }, new { criterionCode = "SCOPE", points = 25m } };
        var submitted = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new { input = new { assignmentId = assignmentOfA, comment = "Thiết thực.", scores } });

        // Act: subscribe, then drop the socket at once; the job does not care.
        var started = await scenario.Organizer.MutateAsync(StartExport, "startExport", new { input = new { campaignId = scenario.CampaignId, kind = "SCORE_SHEETS", format = "XLSX" } });
        var jobId = started["job"]!["id"]!.GetValue<string>();
        using (var socket = await ConnectAsync(scenario.Organizer))
        {
            await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Watch, variables = new { id = jobId } } });
            socket.Abort();
        }

        JsonNode? job = null;
        for (var attempt = 0; attempt < 100 && job?["status"]?.GetValue<string>() is not ("SUCCEEDED" or "FAILED"); attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            job = (await scenario.Organizer.GraphQLAsync(JobById, new { id = jobId }))["data"]!["node"];
        }

        using var download = await GetAsync(scenario.Organizer, job!["downloadUrl"]!.GetValue<string>());
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);

        // Assert
        Assert.Null(submitted["errors"]);
        Assert.Equal("SUCCEEDED", job["status"]!.GetValue<string>());
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(2, sheets.Count);
        var rowsOfA = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList()).ToList();
        Assert.Equal(4, rowsOfA.Count);
        Assert.Equal("Tổng điểm", rowsOfA[2][^3]);
        Assert.Equal(["20", "35", "25", "80"], rowsOfA[3].Skip(3).Take(4));
        Assert.Equal("Đã nộp", rowsOfA[3][^1]);
        var rowsOfB = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[1].Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList()).ToList();
        Assert.Equal("Chưa chấm", rowsOfB[3][^1]);
    }

    /// <summary>Subscribes over graphql-transport-ws and collects the job's events until the server completes.</summary>
    private async Task<List<JsonObject>> FollowAsync(ApiClient client, string jobId)
    {
        using var socket = await ConnectAsync(client);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = Watch, variables = new { id = jobId } } });
        var events = new List<JsonObject>();
        while (await ReceiveAsync(socket) is { } message && message["type"]!.GetValue<string>() == "next")
        {
            Assert.Null(message["payload"]!["errors"]);
            events.Add(message["payload"]!["data"]!["onExportJobChanged"]!.AsObject());
        }

        return events;
    }

    private async Task<ClientWebSocket> ConnectAsync(ApiClient client)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(fixture.Host.BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, TestContext.Current.CancellationToken);
        await SendAsync(socket, new { type = "connection_init", payload = new { authorization = $"Bearer {client.AccessToken}" } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        WebSocketJson.SendAsync(socket, message, TestContext.Current.CancellationToken);

    private static Task<JsonObject?> ReceiveAsync(ClientWebSocket socket) =>
        WebSocketJson.ReceiveAsync(socket, TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

    private async Task<HttpResponseMessage> GetAsync(ApiClient? client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (client?.AccessToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await fixture.CreateClient().Http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
