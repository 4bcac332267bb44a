using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Judging;
using InitiativeHub.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InitiativeHub.Host.Tests.Awards;

/// <summary>The commendation journey on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class CommendationJourneyTestsOnSqlite(HostFixture fixture) : CommendationJourneyTests(fixture)
{
    protected override DbConnection AuditConnection() =>
        new SqliteConnection($"Data Source={Path.Combine(Fixture.Host.DataPath, "initiativehub.db")};Mode=ReadOnly;Pooling=False");

    // EF Core keeps SQLite Guids as upper-case text.
    protected override object StoredId(Guid id) => id.ToString().ToUpperInvariant();
}

/// <summary>The commendation journey on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class CommendationJourneyTestsOnPostgres(PostgresHostFixture fixture) : CommendationJourneyTests(fixture)
{
    protected override DbConnection AuditConnection() => new NpgsqlConnection(((PostgresHostFixture)Fixture).ConnectionString);

    protected override object StoredId(Guid id) => id;
}

/// <summary>
/// From a scored campaign to the public showcase through real HTTP: proposals, the leader's partial approval with one
/// return under 12/QĐ-UBND, the decision draft and awardee list opened as Word and Excel files, publication, the
/// anonymous showcase, a refused non-leader, a revocation, and the audit trail of every step. Runs on both providers.
/// </summary>
public abstract class CommendationJourneyTests(HostFixture fixture)
{
    private const string AwardFields = "id status decisionNumber decisionDate decidedAt reason score tier { name } entry { id title }";

    private const string ProposeAwards = $$"""
        mutation($input: ProposeAwardsInput!) { proposeAwards(input: $input) { awards { {{AwardFields}} } errors { code message field } } }
        """;

    private const string DecideAwards = $$"""
        mutation($input: DecideAwardsInput!) { decideAwards(input: $input) { awards { {{AwardFields}} } errors { code message field } } }
        """;

    private const string RevokeAward = $$"""
        mutation($input: RevokeAwardInput!) { revokeAward(input: $input) { award { {{AwardFields}} revokedAt } errors { code message field } } }
        """;

    private const string Awards = $$"""
        query($c: ID!, $s: [AwardStatus!]) { awards(campaignId: $c, status: $s, first: 50) { totalCount nodes { {{AwardFields}} } } }
        """;

    private const string Showcase = """
        query($search: String) {
          showcase(search: $search, first: 50) {
            totalCount
            nodes {
              entry { id title kind status confidentialInformation attachments { id fileName } receipt { number } screeningReason
                      authors { fullName workplace position qualification contributionPercent } }
              award { id status decisionNumber reason decidedBy { id } tier { name form } }
            }
          }
        }
        """;

    private const string RecordPanelVote = """
        mutation($input: RecordPanelVoteInput!) { recordPanelVote(input: $input) { panelVote { id passed } errors { code message field } } }
        """;

    private const string StartExport = "mutation($input: StartExportInput!) { startExport(input: $input) { job { id } errors { code message field } } }";

    private const string JobById = "query($id: ID!) { node(id: $id) { ... on ExportJob { status progress downloadUrl error } } }";

    // The same sheets as the ranking test: E1 88 (Giải Nhất), E2 80 and E3 80 (Giải Nhì, quota 2), E4 70 (Giấy khen),
    // E5 45 (below the pass threshold of 50: no award).
    private static readonly Dictionary<string, decimal[][]> Sheets = new()
    {
        ["E1"] = [[28, 36, 26], [26, 34, 26], [27, 35, 26]],
        ["E2"] = [[25, 32, 23], [24, 31, 23], [26, 32, 24]],
        ["E3"] = [[22, 33, 25], [24, 30, 22], [26, 34, 24]],
        ["E4"] = [[27, 34, 24], [15, 25, 15], [22, 28, 20]],
        ["E5"] = [[15, 20, 15], [12, 16, 12], [14, 18, 13]],
    };

    [Fact]
    public async Task ScoredCampaign_ToProposals_PartialApproval_Exports_Publication_Showcase_Revocation_AllAudited()
    {
        // Arrange: a scored campaign in DELIBERATION, a leader of the ward and a citizen.
        var (scenario, entries, panelId, judges) = await ScoredCampaignAsync();
        var leader = await scenario.Organizations.UserWithRoleAsync(fixture, "LEADER", scenario.Organizations.WardAId);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"nguoi.xem.{Guid.NewGuid():N}@example.vn");
        var anonymous = fixture.CreateClient();

        // Act 1: the organizer proposes; the campaign moves to APPROVAL; the organizer (no DECIDE right) tries to decide.
        var proposed = await scenario.Organizer.MutateAsync(ProposeAwards, "proposeAwards", new { input = new { campaignId = scenario.CampaignId } });
        // The council votes the proposed list openly (two of three present, both for it); its minutes are exported.
        var vote = await scenario.Organizer.MutateAsync(RecordPanelVote, "recordPanelVote", new
        {
            input = new
            {
                panelId,
                subject = "Thông qua danh sách đề nghị khen thưởng",
                ballot = "OPEN",
                entryIds = new[] { entries["E1"], entries["E2"], entries["E3"], entries["E4"] },
                presentMemberIds = new[] { judges[0].UserId, judges[1].UserId },
                ballots = new[] { new { memberId = judges[0].UserId, choice = "YES" }, new { memberId = judges[1].UserId, choice = "YES" } },
            },
        });
        var minutes = await ExportAsync(scenario.Organizer, scenario.CampaignId, "COUNCIL_MINUTES", "DOCX");
        await ChangePhaseAsync(scenario, "APPROVAL");
        var awards = proposed["awards"]!.AsArray().Select(a => a!.AsObject()).ToList();
        string AwardOf(string entry) => awards.Single(a => a["entry"]!["id"]!.GetValue<string>() == entries[entry])["id"]!.GetValue<string>();
        var decisions = new object[]
        {
            new { awardId = AwardOf("E1"), decision = "APPROVE" },
            new { awardId = AwardOf("E2"), decision = "APPROVE" },
            new { awardId = AwardOf("E3"), decision = "RETURN", reason = "Bổ sung xác nhận hiệu quả áp dụng của cơ sở." },
            new { awardId = AwardOf("E4"), decision = "APPROVE" },
        };
        var byOrganizer = await scenario.Organizer.MutateAsync(DecideAwards, "decideAwards", new { input = new { decisions, decisionNumber = "12/QĐ-UBND" } });
        var badNumber = await leader.MutateAsync(DecideAwards, "decideAwards", new { input = new { decisions, decisionNumber = "QĐ mười hai" } });
        // The decision's own date: not after today (Vietnam) nor before the campaign opened (ten days ago).
        var today = VietnamToday();
        var tomorrow = await leader.MutateAsync(
            DecideAwards, "decideAwards", new { input = new { decisions, decisionNumber = "12/QĐ-UBND", decisionDate = Iso(today.AddDays(1)) } });
        var beforeOpening = await leader.MutateAsync(
            DecideAwards, "decideAwards", new { input = new { decisions, decisionNumber = "12/QĐ-UBND", decisionDate = Iso(today.AddDays(-20)) } });
        var signedOn = today.AddDays(-3);
        var pendingBeforeDecision = await scenario.Organizer.MutateAsync(
            CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase = "PUBLISHED" } });

        // Act 2: the leader decides under 12/QĐ-UBND (written with spaces and leading zero: it is normalised), signed three days ago.
        var decided = await leader.MutateAsync(
            DecideAwards, "decideAwards", new { input = new { decisions, decisionNumber = " 012 / QĐ-UBND", decisionDate = Iso(signedOn) } });
        var showcaseBeforePublication = await anonymous.GraphQLAsync(Showcase);
        var citizenAwardsBefore = await citizen.GraphQLAsync(Awards, new { c = scenario.CampaignId });
        var decision = await ExportAsync(scenario.Organizer, scenario.CampaignId, "DECISION_DRAFT", "DOCX");
        var listXlsx = await ExportAsync(leader, scenario.CampaignId, "AWARDEE_LIST", "XLSX");
        var listCsv = await ExportAsync(leader, scenario.CampaignId, "AWARDEE_LIST", "CSV");

        // Act 3: publication, then the public showcase and the public awards list.
        var published = await scenario.Organizer.MutateAsync(
            CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase = "PUBLISHED" } });
        var showcase = await anonymous.GraphQLAsync(Showcase);
        var searched = await anonymous.GraphQLAsync(Showcase, new { search = "sang kien e4" });
        var publicAwards = await anonymous.GraphQLAsync(Awards, new { c = scenario.CampaignId });
        var publicEntryNode = await anonymous.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { title } } }", new { id = entries["E1"] });
        var unawardedEntryNode = await anonymous.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { title } } }", new { id = entries["E3"] });

        // Act 4: the leader revokes E4's award; an empty reason is refused first.
        var revokeWithoutReason = await leader.MutateAsync(RevokeAward, "revokeAward", new { input = new { awardId = AwardOf("E4"), reason = "  " } });
        var revoked = await leader.MutateAsync(RevokeAward, "revokeAward", new { input = new { awardId = AwardOf("E4"), reason = "Phát hiện sáng kiến trùng với sáng kiến đã được công nhận năm 2025." } });
        var showcaseAfterRevocation = await anonymous.GraphQLAsync(Showcase);
        var leaderView = await leader.GraphQLAsync(Awards, new { c = scenario.CampaignId });

        // Assert: proposals follow the tiers; the organizer is refused; a bad number is a VALIDATION error.
        Assert.Null(proposed["errors"]);
        Assert.Equal(
            ["E1:Giải Nhất", "E2:Giải Nhì", "E3:Giải Nhì", "E4:Giấy khen"],
            awards.Select(a => $"{entries.Single(e => e.Value == a["entry"]!["id"]!.GetValue<string>()).Key}:{a["tier"]!["name"]}").Order(StringComparer.Ordinal));
        Assert.All(awards, a => Assert.Equal("PROPOSED", a["status"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", byOrganizer["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(byOrganizer["awards"]);
        Assert.Equal("VALIDATION", badNumber["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("decisionNumber", badNumber["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(("VALIDATION", "decisionDate"), (tomorrow["errors"]![0]!["code"]!.GetValue<string>(), tomorrow["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Null(tomorrow["awards"]);
        Assert.Equal(("VALIDATION", "decisionDate"), (beforeOpening["errors"]![0]!["code"]!.GetValue<string>(), beforeOpening["errors"]![0]!["field"]!.GetValue<string>()));
        // The minutes: the council's vote beside the ranking (the proposed four carry the list's 2 of 2 votes; E5 is not proposed).
        Assert.Null(vote["errors"]);
        var minutesText = WordText(minutes);
        Assert.Contains("BIÊN BẢN", minutesText, StringComparison.Ordinal);
        Assert.Contains("HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN", minutesText, StringComparison.Ordinal);
        Assert.Contains("có mặt 2 thành viên", minutesText, StringComparison.Ordinal);
        Assert.Contains("2 phiếu đồng ý, 0 phiếu không đồng ý", minutesText, StringComparison.Ordinal);
        Assert.Contains("Nội dung được thông qua.", minutesText, StringComparison.Ordinal);
        var minuteRows = MinutesRows(minutes);
        Assert.Equal(["Sáng kiến E1", "Sáng kiến E2", "Sáng kiến E3", "Sáng kiến E4", "Sáng kiến E5"], minuteRows.Select(r => r[1]));
        Assert.Equal(["2/2", "2/2", "2/2", "2/2", "0/2"], minuteRows.Select(r => r[4]));
        Assert.Equal("Nguyễn Văn An, Trần Thị Bích Ngọc", minuteRows[0][2]);
        Assert.Equal(["Đề nghị khen thưởng", "Không đề nghị"], minuteRows.Select(r => r[5]).Distinct());
        Assert.Equal("AWARDS_PENDING", pendingBeforeDecision["errors"]![0]!["code"]!.GetValue<string>());

        // The partial approval: three approved, one returned with its reason, all under one normalised number.
        Assert.Null(decided["errors"]);
        var decidedAwards = decided["awards"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["APPROVED", "APPROVED", "RETURNED", "APPROVED"], decidedAwards.Select(a => a["status"]!.GetValue<string>()));
        Assert.All(decidedAwards, a => Assert.Equal("12/QĐ-UBND", a["decisionNumber"]!.GetValue<string>()));
        Assert.All(decidedAwards, a => Assert.Equal(Iso(signedOn), a["decisionDate"]!.GetValue<string>()));
        Assert.Equal("Bổ sung xác nhận hiệu quả áp dụng của cơ sở.", decidedAwards[2]["reason"]!.GetValue<string>());
        Assert.EndsWith("+07:00", decidedAwards[0]["decidedAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(Titles(showcaseBeforePublication, entries));
        Assert.Equal(0, citizenAwardsBefore["data"]!["awards"]!["totalCount"]!.GetValue<int>());

        // The decision draft (Nghị định 30/2020): national header, number, the place and the decision's own date in the long
        // form (not the day it was recorded), the attached list of approved awardees referring to the same date.
        var decisionText = WordText(decision);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", decisionText, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", decisionText, StringComparison.Ordinal);
        Assert.Contains("Số: 12/QĐ-UBND", decisionText, StringComparison.Ordinal);
        var dateLine = decisionText.Split('\n').First(line => line.Contains(", ngày ", StringComparison.Ordinal));
        Assert.EndsWith($", {LongDate(signedOn)}", dateLine, StringComparison.Ordinal);
        Assert.DoesNotContain(LongDate(today), decisionText, StringComparison.Ordinal);
        Assert.Contains($"Kèm theo Quyết định số 12/QĐ-UBND ngày {Slashed(signedOn)}", decisionText, StringComparison.Ordinal);
        Assert.Contains("QUYẾT ĐỊNH", decisionText, StringComparison.Ordinal);
        Assert.Contains("Điều 1.", decisionText, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", decisionText, StringComparison.Ordinal);
        Assert.Contains("DANH SÁCH KHEN THƯỞNG", decisionText, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", decisionText, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bích Ngọc", decisionText, StringComparison.Ordinal);
        Assert.Contains("Sáng kiến E1", decisionText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sáng kiến E3", decisionText, StringComparison.Ordinal);
        Assert.DoesNotContain("Sáng kiến E5", decisionText, StringComparison.Ordinal);
        Assert.True(decisionText.IsNormalized(NormalizationForm.FormC));

        // The awardee list: header, section I (two authors of each of the three approved entries), no section II.
        var rows = SheetRows(listXlsx);
        Assert.Contains(rows, r => r.Any(c => c?.Contains($"Kèm theo Quyết định số 12/QĐ-UBND ngày {Slashed(signedOn)}", StringComparison.Ordinal) == true));
        var header = rows.FindIndex(r => r.Count > 0 && r[0] == "STT");
        Assert.Equal(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Điểm"], rows[header]);
        Assert.Equal("I. Cá nhân", rows[header + 1][0]);
        var awardees = rows.Skip(header + 2).ToList();
        Assert.Equal(6, awardees.Count);
        Assert.Equal(["1", "Nguyễn Văn An", "Công chức", "UBND phường Trần Hưng Đạo"], awardees[0].Take(4));
        Assert.Equal("Trần Thị Bích Ngọc", awardees[1][1]);
        Assert.Equal(["Giải Nhất", "Giải Nhất", "Giải Nhì", "Giải Nhì", "Giấy khen", "Giấy khen"], awardees.Select(r => r[5]));
        Assert.Equal("88", awardees[0][6]);
        Assert.Contains("Sáng kiến E1", awardees[0][4], StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains("II. Tập thể"));
        Assert.Equal([0xEF, 0xBB, 0xBF], listCsv.Take(3));
        var csvLines = Encoding.UTF8.GetString(listCsv, 3, listCsv.Length - 3).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, csvLines.Length);
        Assert.StartsWith("I. Cá nhân,1,Nguyễn Văn An,", csvLines[1], StringComparison.Ordinal);

        // Publication: the showcase shows exactly the approved entries, with only what the award publishes.
        Assert.Null(published["errors"]);
        Assert.Null(showcase["errors"]);
        Assert.Equal(["Sáng kiến E1", "Sáng kiến E2", "Sáng kiến E4"], Titles(showcase, entries).Order(StringComparer.Ordinal));
        var mine = showcase["data"]!["showcase"]!["nodes"]!.AsArray().Where(n => entries.ContainsValue(n!["entry"]!["id"]!.GetValue<string>())).ToList();
        Assert.All(mine, n =>
        {
            Assert.Equal("AWARDED", n!["entry"]!["status"]!.GetValue<string>());
            Assert.Null(n["entry"]!["confidentialInformation"]);
            Assert.Empty(n["entry"]!["attachments"]!.AsArray());
            Assert.Null(n["entry"]!["receipt"]);
            Assert.Null(n["award"]!["reason"]);
            Assert.Equal("12/QĐ-UBND", n["award"]!["decisionNumber"]!.GetValue<string>());
            Assert.Equal(["Nguyễn Văn An", "Trần Thị Bích Ngọc"], n["entry"]!["authors"]!.AsArray().Select(a => a!["fullName"]!.GetValue<string>()));
        });
        var raw = showcase.ToJsonString();
        Assert.DoesNotContain("1990-05-12", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.vn", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã nguồn kết nối", raw, StringComparison.Ordinal);
        Assert.Equal(["Sáng kiến E4"], Titles(searched, entries));
        Assert.Equal(3, publicAwards["data"]!["awards"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Sáng kiến E1", publicEntryNode["data"]!["node"]!["title"]!.GetValue<string>());
        Assert.Null(unawardedEntryNode["data"]!["node"]);

        // Revocation: a reason is required; the revoked award leaves the showcase; the leader still sees all four.
        Assert.Equal("VALIDATION", revokeWithoutReason["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(revoked["errors"]);
        Assert.Equal("REVOKED", revoked["award"]!["status"]!.GetValue<string>());
        Assert.NotNull(revoked["award"]!["revokedAt"]);
        Assert.Equal(["Sáng kiến E1", "Sáng kiến E2"], Titles(showcaseAfterRevocation, entries).Order(StringComparer.Ordinal));
        Assert.Equal(4, leaderView["data"]!["awards"]!["totalCount"]!.GetValue<int>());

        // Every step is in the hash-chained audit log, signed by its actor.
        var audit = await AuditActionsAsync(scenario.CampaignId);
        Assert.Equal(["awards-proposed", "awards-decided", "award-revoked"], audit.Where(a => a.StartsWith("award", StringComparison.Ordinal)));
    }

    private async Task<(CampaignScenario Scenario, Dictionary<string, string> Entries, string PanelId, List<JudgeAccount> Judges)> ScoredCampaignAsync()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture, openedAgo: TimeSpan.FromDays(10));
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var entries = new Dictionary<string, string>();
        foreach (var name in Sheets.Keys)
        {
            var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title: $"Sáng kiến {name}"));
            var entryId = created["entry"]!["id"]!.GetValue<string>();
            await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
            await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
            entries[name] = entryId;
        }

        await ChangePhaseAsync(scenario, "SCREENING");
        await ChangePhaseAsync(scenario, "JUDGING");
        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 3; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges));
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 3 } });
        foreach (var (name, sheets) in Sheets)
        {
            for (var judge = 0; judge < 3; judge++)
            {
                var assignmentId = assigned["assignments"]!.AsArray()
                    .Single(a => a!["judge"]!["id"]!.GetValue<string>() == judges[judge].UserId && a["entry"]!["id"]!.GetValue<string>() == entries[name])!["id"]!.GetValue<string>();
                var points = sheets[judge];
                var submitted = await judges[judge].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new
                {
                    input = new
                    {
                        assignmentId,
                        scores = new object[]
                        {
                            new { criterionCode = "NOVELTY", points = points[0] },
                            new { criterionCode = "EFFECT", points = points[1] },
                            new { criterionCode = "SCOPE", points = points[2] },
                        },
                    },
                });
                Assert.Null(submitted["errors"]);
            }
        }

        await ChangePhaseAsync(scenario, "DELIBERATION");
        return (scenario, entries, panel["panel"]!["id"]!.GetValue<string>(), judges);
    }

    private static async Task ChangePhaseAsync(CampaignScenario scenario, string phase)
    {
        var changed = await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        Assert.Null(changed["errors"]);
    }

    /// <summary>Starts an export, waits for its job to end and downloads the file.</summary>
    private async Task<byte[]> ExportAsync(ApiClient client, string campaignId, string kind, string format)
    {
        var started = await client.MutateAsync(StartExport, "startExport", new { input = new { campaignId, kind, format } });
        Assert.Null(started["errors"]);
        var jobId = started["job"]!["id"]!.GetValue<string>();
        JsonNode? job = null;
        for (var attempt = 0; attempt < 600 && job?["status"]?.GetValue<string>() is not ("SUCCEEDED" or "FAILED"); attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            job = (await client.GraphQLAsync(JobById, new { id = jobId }))["data"]!["node"];
        }

        Assert.Equal("SUCCEEDED", job?["status"]?.GetValue<string>());
        using var request = new HttpRequestMessage(HttpMethod.Get, job!["downloadUrl"]!.GetValue<string>());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.AccessToken);
        using var response = await fixture.CreateClient().Http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    protected HostFixture Fixture => fixture;

    /// <summary>A read-only connection to the host's database (not opened).</summary>
    protected abstract DbConnection AuditConnection();

    /// <summary>An entity id as the provider stores it in <c>audit_records.EntityId</c>.</summary>
    protected abstract object StoredId(Guid id);

    private async Task<List<string>> AuditActionsAsync(string campaignGlobalId)
    {
        var campaignId = Guid.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(campaignGlobalId)).Split(':')[1]);
        await using var connection = AuditConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Action\", \"ActorId\" FROM audit_records WHERE \"EntityId\" = @id ORDER BY \"Sequence\"";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = StoredId(campaignId);
        command.Parameters.Add(parameter);
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            Assert.False(reader.IsDBNull(1), "an audit record without its actor");
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    /// <summary>The showcase's titles of this test's entries (other tests share the host and may publish their own).</summary>
    private static List<string> Titles(JsonObject response, Dictionary<string, string> entries) =>
        response["data"]!["showcase"]!["nodes"]!.AsArray()
            .Where(n => entries.ContainsValue(n!["entry"]!["id"]!.GetValue<string>()))
            .Select(n => n!["entry"]!["title"]!.GetValue<string>())
            .ToList();

    private static DateOnly VietnamToday() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);

    private static string Slashed(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"ngày 05 tháng 01 năm 2026": day padded, months 01 and 02 padded (Nghị định 30/2020).</summary>
    private static string LongDate(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture))} năm {date.Year}";

    private static string WordText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The minutes' results table: its rows after the header (STT, title, authors, score, votes, conclusion).</summary>
    private static List<List<string>> MinutesRows(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var table = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>()
            .Single(t => t.InnerText.Contains("Số phiếu đồng ý", StringComparison.Ordinal));
        return table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1)
            .Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList())
            .ToList();
    }

    private static List<List<string?>> SheetRows(byte[] xlsx)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        return ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList()).ToList();
    }
}
