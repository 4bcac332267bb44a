using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Entries;

/// <summary>The entry journey on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class EntryJourneyTestsOnSqlite(HostFixture fixture) : EntryJourneyTests(fixture);

/// <summary>The entry journey on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class EntryJourneyTestsOnPostgres(PostgresHostFixture fixture) : EntryJourneyTests(fixture);

public abstract class EntryJourneyTests(HostFixture fixture)
{
    [Fact]
    public async Task Citizen_DraftsWithTwoCoAuthors_Submits_VerifiesReceipt_Withdraws()
    {
        // Arrange
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"nguyen.van.an.{Guid.NewGuid():N}@example.vn");

        // Act: draft, submit twice with the same key (a retry), verify as anyone, withdraw.
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();
        var key = Guid.NewGuid().ToString();
        var submitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId, idempotencyKey = key } });
        var retried = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId, idempotencyKey = key } });
        var receipt = submitted["receipt"]!;
        var anonymous = fixture.CreateClient();
        var valid = await anonymous.GraphQLAsync(
            "query($n: String!, $d: String!) { verifyReceipt(number: $n, digest: $d) { valid entryTitle submittedAt } }",
            new { n = receipt["number"]!.GetValue<string>(), d = receipt["digest"]!.GetValue<string>() });
        var forged = await anonymous.GraphQLAsync(
            "query($n: String!, $d: String!) { verifyReceipt(number: $n, digest: $d) { valid entryTitle } }",
            new { n = receipt["number"]!.GetValue<string>(), d = new string('0', 64) });
        var withdrawn = await citizen.MutateAsync(EntryOperations.Withdraw, "withdrawEntry", new { input = new { entryId, reason = "Rút để hoàn thiện thêm" } });

        // Assert
        Assert.Null(created["errors"]);
        Assert.Equal("DRAFT", created["entry"]!["status"]!.GetValue<string>());
        Assert.Equal([60m, 40m], created["entry"]!["authors"]!.AsArray().Select(a => a!["contributionPercent"]!.GetValue<decimal>()));
        Assert.Equal("SUBMITTED", submitted["entry"]!["status"]!.GetValue<string>());
        Assert.Matches("^[0-9A-F]{6}-00001$", receipt["number"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{64}$", receipt["digest"]!.GetValue<string>());
        Assert.Equal(receipt.ToJsonString(), retried["receipt"]!.ToJsonString());
        Assert.Equal(1, retried["entry"]!["version"]!.GetValue<int>());
        Assert.True(valid["data"]!["verifyReceipt"]!["valid"]!.GetValue<bool>());
        Assert.Equal("Ứng dụng Zalo OA tra cứu thủ tục hành chính", valid["data"]!["verifyReceipt"]!["entryTitle"]!.GetValue<string>());
        Assert.False(forged["data"]!["verifyReceipt"]!["valid"]!.GetValue<bool>());
        Assert.Null(forged["data"]!["verifyReceipt"]!["entryTitle"]);
        Assert.Equal("WITHDRAWN", withdrawn["entry"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateEntry_SharesSummingTo99_IsRefusedAndNothingSaved()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"shares.{Guid.NewGuid():N}@example.vn");

        var payload = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, firstShare: 60, secondShare: 39));
        var mine = await citizen.GraphQLAsync("query($c: ID!) { entries(campaignId: $c) { totalCount } }", new { c = scenario.CampaignId });

        var error = payload["errors"]![0]!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal("authors", error["field"]!.GetValue<string>());
        Assert.Contains("100%", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(payload["entry"]);
        Assert.Equal(0, mine["data"]!["entries"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SubmitEntry_AfterTheDeadline_ReturnsDeadlinePassedAndStaysDraft()
    {
        // Arrange: a citizen signed up first (hashing is the slow part on a loaded box), then a campaign whose window
        // closes a few seconds from now, long enough for the draft to be created before it does.
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"late.{Guid.NewGuid():N}@example.vn");
        var window = TimeSpan.FromSeconds(10);
        var scenario = await CampaignScenario.CreateAsync(fixture, closesIn: window);
        var closedBy = DateTimeOffset.UtcNow + window + TimeSpan.FromSeconds(1);
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();

        // Act: once the window has surely closed.
        var wait = closedBy - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, TestContext.Current.CancellationToken);
        }

        var late = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        var after = await citizen.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { status receipt { number } } } }", new { id = entryId });

        // Assert
        Assert.Equal("DEADLINE_PASSED", late["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(late["receipt"]);
        Assert.Equal("DRAFT", after["data"]!["node"]!["status"]!.GetValue<string>());
        Assert.Null(after["data"]!["node"]!["receipt"]);
    }

    [Fact]
    public async Task Screening_ReturnResubmitAccept_AndRejectWithReason_NotifiesTheSubmitter()
    {
        // Arrange: two submitted entries.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        var email = $"screening.{Guid.NewGuid():N}@example.vn";
        await citizen.SignUpAsync(email);
        var first = await SubmitNewAsync(citizen, scenario, "Mô hình tổ công nghệ số cộng đồng hướng dẫn dịch vụ công");
        var second = await SubmitNewAsync(citizen, scenario, "Sổ tay điện tử tiếp công dân");

        // Act: return the first with a due date, the citizen supplements and resubmits, the organizer accepts; reject the second.
        var due = DateTimeOffset.UtcNow.AddDays(7);
        var returned = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry",
            new { input = new { entryId = first, decision = "RETURN", reason = "Bổ sung số liệu hiệu quả áp dụng", dueAt = due.ToString("O") } });
        var seenByCitizen = await citizen.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { status screeningReason returnDueAt } } }", new { id = first });
        var updated = await citizen.MutateAsync(EntryOperations.Update, "updateEntry",
            new { input = new { entryId = first, benefits = "Hướng dẫn 1.250 lượt người dân nộp hồ sơ trực tuyến trong quý I/2026." } });
        var resubmitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId = first } });
        var accepted = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId = first, decision = "ACCEPT" } });
        var rejectedWithoutReason = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId = second, decision = "REJECT" } });
        var rejected = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry",
            new { input = new { entryId = second, decision = "REJECT", reason = "Không thuộc lĩnh vực của phong trào" } });
        var versions = await scenario.Organizer.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { versions { version receiptNumber digest } } } }", new { id = first });

        // Assert
        Assert.Equal("RETURNED", returned["entry"]!["status"]!.GetValue<string>());
        Assert.Equal("Bổ sung số liệu hiệu quả áp dụng", seenByCitizen["data"]!["node"]!["screeningReason"]!.GetValue<string>());
        Assert.Null(updated["errors"]);
        Assert.Equal(2, resubmitted["entry"]!["version"]!.GetValue<int>());
        Assert.Equal("ACCEPTED", accepted["entry"]!["status"]!.GetValue<string>());
        Assert.Equal("VALIDATION", rejectedWithoutReason["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("REJECTED", rejected["entry"]!["status"]!.GetValue<string>());
        var history = versions["data"]!["node"]!["versions"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.NotEqual(history[0]!["digest"]!.GetValue<string>(), history[1]!["digest"]!.GetValue<string>());

        // The submitter was told, by email through the outbox, of the return and the rejection with its reason.
        // Seven: address confirmation, two receipts, return, second receipt, acceptance, rejection (waiting for fewer
        // raced the outbox's next round, which can carry the last ones).
        var mails = await Outbox.WaitForMailsAsync(fixture.Host.DataPath, email, 7, TestContext.Current.CancellationToken);
        Assert.Contains(mails, m => m.Contains("Bổ sung số liệu hiệu quả áp dụng", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Contains("Không thuộc lĩnh vực của phong trào", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Contains(resubmitted["receipt"]!["number"]!.GetValue<string>(), StringComparison.Ordinal));

        // …and in the app: newest first, and marking them read empties the unread list.
        var notices = await citizen.GraphQLAsync("{ notifications(first: 10) { id kind title } }");
        var list = notices["data"]!["notifications"]!.AsArray();
        Assert.Equal(["entry-rejected", "entry-accepted"], list.Take(2).Select(n => n!["kind"]!.GetValue<string>()));
        var marked = await citizen.MutateAsync(
            "mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount } }",
            "markNotificationsRead", new { input = new { ids = list.Select(n => n!["id"]!.GetValue<string>()).ToArray() } });
        var unread = await citizen.GraphQLAsync("{ notifications(unreadOnly: true) { id } }");
        Assert.Equal(list.Count, marked["markedCount"]!.GetValue<int>());
        Assert.Empty(unread["data"]!["notifications"]!.AsArray());
    }

    [Fact]
    public async Task Authorization_OtherCitizenCannotReadOrChangeDraft_AnonymousCannotListEntries()
    {
        // Arrange
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var owner = fixture.CreateClient();
        await owner.SignUpAsync($"owner.{Guid.NewGuid():N}@example.vn");
        var other = fixture.CreateClient();
        await other.SignUpAsync($"other.{Guid.NewGuid():N}@example.vn");
        var created = await owner.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();

        // Act
        var read = await other.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = entryId });
        var change = await other.MutateAsync(EntryOperations.Update, "updateEntry", new { input = new { entryId, title = "Chiếm đoạt" } });
        var submit = await other.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        var organizerSeesDraft = await scenario.Organizer.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = entryId });
        var anonymousList = await fixture.CreateClient().GraphQLAsync("query($c: ID!) { entries(campaignId: $c) { totalCount } }", new { c = scenario.CampaignId });
        var ownerSeesConfidential = await owner.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { confidentialInformation } } }", new { id = entryId });

        // Assert
        Assert.Null(read["data"]!["node"]);
        Assert.Equal("NOT_FOUND", change["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", submit["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(organizerSeesDraft["data"]!["node"]);
        Assert.Equal("UNAUTHENTICATED", anonymousList["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Mã nguồn kết nối với hệ thống một cửa.", ownerSeesConfidential["data"]!["node"]!["confidentialInformation"]!.GetValue<string>());
    }

    [Fact]
    public async Task SimilarEntries_WithoutDiacriticsInAnyOrder_FindsTheSubmittedEntry()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"similar.{Guid.NewGuid():N}@example.vn");
        await SubmitNewAsync(citizen, scenario, "Ứng dụng Zalo OA tra cứu thủ tục hành chính");
        await SubmitNewAsync(citizen, scenario, "Vườn rau sạch trong trường mầm non", "Các cháu tự trồng và chăm sóc rau, bữa ăn bán trú dùng rau của vườn.");

        var body = await scenario.Organizer.GraphQLAsync(
            "query($c: ID!, $t: String!) { similarEntries(campaignId: $c, title: $t) { similarity entry { title } } }",
            new { c = scenario.CampaignId, t = "ung dung zalo tra cuu thu tuc" });

        var matches = body["data"]!["similarEntries"]!.AsArray();
        Assert.Equal("Ứng dụng Zalo OA tra cứu thủ tục hành chính", matches[0]!["entry"]!["title"]!.GetValue<string>());
        Assert.Equal(1.0, matches[0]!["similarity"]!.GetValue<double>());
        Assert.DoesNotContain(matches, m => m!["entry"]!["title"]!.GetValue<string>().StartsWith("Vườn rau", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelPractice_NominatedByAUnitsStaff_IsAccepted_ButNotBySomeoneWithoutARoleThere()
    {
        // Arrange: a residential group's staff member nominates a model practice on behalf of the group.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var group = await Organizations.OrganizationScenario.CreateAsync(scenario.Organizations.Admin, "Tổ dân phố số 3", "RESIDENTIAL_GROUP", scenario.Organizations.WardAId);
        var staff = await scenario.Organizations.UserWithRoleAsync(fixture, "STAFF", group);
        var outsider = fixture.CreateClient();
        await outsider.SignUpAsync($"outsider.{Guid.NewGuid():N}@example.vn");
        object Nomination() => new
        {
            input = new
            {
                campaignId = scenario.CampaignId,
                categoryId = scenario.CategoryId,
                kind = "MODEL_PRACTICE",
                submitterKind = "COLLECTIVE",
                organizationId = group,
                title = "Mô hình \"Camera an ninh cộng đồng\" của Tổ dân phố số 3",
                description = "Các hộ góp kinh phí lắp 12 camera tại các ngõ, kết nối với Công an phường.",
                authors = new object[] { new { fullName = "Tổ dân phố số 3", contributionPercent = 100 } },
            },
        };

        // Act
        var nominated = await staff.MutateAsync(EntryOperations.Create, "createEntry", Nomination());
        var refused = await outsider.MutateAsync(EntryOperations.Create, "createEntry", Nomination());
        var entry = await staff.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Entry { kind submitterKind organization { name } } } }", new { id = nominated["entry"]!["id"]!.GetValue<string>() });

        // Assert
        Assert.Null(nominated["errors"]);
        Assert.Equal("MODEL_PRACTICE", entry["data"]!["node"]!["kind"]!.GetValue<string>());
        Assert.Equal("Tổ dân phố số 3", entry["data"]!["node"]!["organization"]!["name"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", refused["errors"]![0]!["code"]!.GetValue<string>());
    }

    private static async Task<string> SubmitNewAsync(Testing.ApiClient citizen, CampaignScenario scenario, string title, string? description = null)
    {
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title, description: description));
        var entryId = created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
        var submitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        return submitted["receipt"] is not null ? entryId : throw new InvalidOperationException(submitted.ToJsonString());
    }
}
