using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Judging;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Cluster;

/// <summary>
/// Two host processes form one cluster on real engines (PostgreSQL, Redis membership, Azurite attachments), all on
/// loopback. Submissions (attachments uploaded straight to blob storage) and score sheets go to both hosts while one
/// of them is killed with SIGKILL; afterwards every acknowledged submission and sheet is held exactly once and the
/// surviving host still serves; subscribers connected to one host hear what was done through the other.
/// </summary>
public sealed class ClusterTests(PostgresServer postgres, RedisServer redis, AzuriteProcess azurite)
    : IClassFixture<RedisServer>, IClassFixture<AzuriteProcess>
{
    private const int Submissions = 10;

    private const string RequestUpload =
        "mutation($input: RequestAttachmentUploadInput!) { requestAttachmentUpload(input: $input) { uploadUrl uploadId uploadHeaders { name value } errors { code message } } }";

    private const string CompleteUpload =
        "mutation($input: CompleteAttachmentUploadInput!) { completeAttachmentUpload(input: $input) { attachment { id sha256 } errors { code message } } }";

    private const string Attachments = "query($id: ID!) { node(id: $id) { ... on Entry { attachments { id sha256 downloadUrl } } } }";

    [Fact]
    public async Task TwoHosts_OneKilledMidway_KeepEveryAcknowledgedSubmissionAndSheetOnce_AndTheSurvivorServes()
    {
        // Arrange: host A starts first (it migrates the empty database and creates the administrator), then B joins.
        var cancellation = TestContext.Current.CancellationToken;
        var settings = ClusterSettings();
        await using var a = await HostProcess.StartAsync(settings, cancellationToken: cancellation);
        await using var b = await HostProcess.StartAsync(settings, cancellationToken: cancellation);
        var cluster = new TwoHosts(a, b);
        var fixture = HostFixture.For(a);
        var judged = await JudgingCampaignAsync(fixture, cancellation);
        var open = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        var citizenEmail = $"cum.may.{Guid.NewGuid():N}@example.vn";
        await citizen.SignUpAsync(citizenEmail, cancellationToken: cancellation);
        var acknowledged = new List<Acknowledged>();
        var sheets = 0;

        // A subscriber on A follows an export job started through B, to its end.
        var started = await judged.Organizer.Rebind(b.CreateClient()).MutateAsync(
            "mutation($input: StartExportInput!) { startExport(input: $input) { job { id status } errors { code message } } }",
            "startExport",
            new { input = new { campaignId = judged.CampaignId, kind = "ENTRIES", format = "XLSX" } },
            cancellation);
        var heardOnA = await ClusterSocket.FollowExportAsync(a, judged.Organizer, started["job"]!["id"]!.GetValue<string>(), cancellation);

        // A subscriber on A hears the ranking change of a sheet submitted through B.
        await using var ranking = await RankingSocket.ConnectAsync(judged.Organizer.Rebind(a.CreateClient()));
        await ranking.SubscribeAsync("ranking", "subscription($c: ID!) { onRankingChanged(campaignId: $c) { campaignId rows { entry { id } } } }", new { c = judged.CampaignId });
        // graphql-transport-ws has no "subscribed" acknowledgement: give the server a moment to attach the stream.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellation);
        var firstSheet = judged.Sheets[0];
        Assert.True(await SubmitSheetAsync(firstSheet.Judge.Rebind(b.CreateClient()), firstSheet.AssignmentId, cancellation));
        var rankingOnA = await ranking.ReceiveAsync(TimeSpan.FromSeconds(30));

        // Act: submissions and sheets alternate between the hosts; B is killed once both are well under way.
        var killer = Task.Run(
            async () =>
            {
                while (Volatile.Read(ref sheets) < 3 || acknowledged.Count < 3)
                {
                    await Task.Delay(100, cancellation);
                }

                cluster.KillB();
            },
            cancellation);
        var scoring = Task.Run(
            async () =>
            {
                foreach (var (sheet, index) in judged.Sheets.Select((s, i) => (s, i)).Skip(1))
                {
                    await cluster.RetryAsync(index, sheet.Judge, client => SubmitSheetAsync(client, sheet.AssignmentId, cancellation), cancellation);
                    Interlocked.Increment(ref sheets);

                    // Paced so that the kill lands while sheets are still coming.
                    await Task.Delay(400, cancellation);
                }
            },
            cancellation);
        for (var number = 1; number <= Submissions || !killer.IsCompleted; number++)
        {
            acknowledged.Add(await SubmitOneAsync(cluster, citizen, open, number, cancellation));
        }

        await killer;
        await scoring;

        // Assert: B is gone, A answers ready and serves the organizer with a token B never saw.
        Assert.True(b.HasExited, "host B still runs");
        using (var ready = await a.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative), cancellation))
        {
            Assert.True(ready.IsSuccessStatusCode, $"the surviving host answered {(int)ready.StatusCode}");
        }

        Assert.NotNull(rankingOnA);
        Assert.Equal("next", rankingOnA["type"]!.GetValue<string>());
        Assert.Equal(judged.CampaignId, rankingOnA["payload"]!["data"]!["onRankingChanged"]!["campaignId"]!.GetValue<string>());
        Assert.NotEmpty(rankingOnA["payload"]!["data"]!["onRankingChanged"]!["rows"]!.AsArray());
        Assert.NotEmpty(heardOnA);
        Assert.Equal("SUCCEEDED", heardOnA[^1]["status"]!.GetValue<string>());
        Assert.All(heardOnA, e => Assert.Equal(started["job"]!["id"]!.GetValue<string>(), e["id"]!.GetValue<string>()));

        // Every acknowledged submission is there exactly once, with its receipt and its attachment's bytes.
        var organizer = open.Organizer.Rebind(a.CreateClient());
        var page = await organizer.GraphQLAsync(
            "query($c: ID!) { entries(campaignId: $c, where: { status: [SUBMITTED] }, first: 100) { totalCount nodes { id title receipt { number digest } attachments { id sha256 downloadUrl } } } }",
            new { c = open.CampaignId },
            cancellation);
        var submitted = page["data"]!["entries"]!["nodes"]!.AsArray().Select(n => n!).ToList();
        Assert.Equal(acknowledged.Select(x => x.EntryId).Order(), submitted.Select(n => n["id"]!.GetValue<string>()).Order());
        Assert.Equal(acknowledged.Count, submitted.Select(n => n["title"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(acknowledged.Count, submitted.Select(n => n["receipt"]!["number"]!.GetValue<string>()).Distinct().Count());
        using var storage = new HttpClient();
        foreach (var ack in acknowledged)
        {
            var entry = submitted.Single(n => n["id"]!.GetValue<string>() == ack.EntryId);
            Assert.Equal(ack.ReceiptNumber, entry["receipt"]!["number"]!.GetValue<string>());
            Assert.Equal(ack.Digest, entry["receipt"]!["digest"]!.GetValue<string>());
            var attachment = Assert.Single(entry["attachments"]!.AsArray())!;
            Assert.Equal(ack.Sha256, attachment["sha256"]!.GetValue<string>());
            var download = new Uri(attachment["downloadUrl"]!.GetValue<string>());
            Assert.StartsWith(azurite.BlobEndpoint, download.ToString(), StringComparison.Ordinal);
            Assert.Equal(ack.Sha256, Convert.ToHexStringLower(SHA256.HashData(await storage.GetByteArrayAsync(download, cancellation))));
        }

        // Every sheet, wherever it was sent, is held once: each judge has every entry SCORED and nothing else.
        foreach (var judge in judged.Judges)
        {
            var mine = await judge.Client.Rebind(a.CreateClient()).GraphQLAsync(
                "query($c: ID) { assignments(campaignId: $c, first: 100) { nodes { status } } }", new { c = judged.CampaignId }, cancellation);
            Assert.All(mine["data"]!["assignments"]!["nodes"]!.AsArray(), n => Assert.Equal("SCORED", n!["status"]!.GetValue<string>()));
            Assert.Equal(judged.Sheets.Count / judged.Judges.Count, mine["data"]!["assignments"]!["nodes"]!.AsArray().Count);
        }
    }

    private Dictionary<string, string> ClusterSettings()
    {
        var settings = new Dictionary<string, string>(postgres.HostSettings(PostgresServer.NewDatabaseName("cluster")))
        {
            ["InitiativeHub__Orleans__Clustering"] = "Redis",
            ["InitiativeHub__Orleans__ClusterId"] = $"cluster-{Guid.NewGuid():N}",
            ["InitiativeHub__Orleans__AdvertisedAddress"] = "127.0.0.1",
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
            ["InitiativeHub__Attachments__Provider"] = "AzureBlob",
            ["InitiativeHub__Attachments__ContainerName"] = $"cluster-{Guid.NewGuid():N}",
            ["ConnectionStrings__Blobs"] = azurite.ConnectionString,
        };
        return settings;
    }

    /// <summary>A JUDGING campaign with three accepted entries and three judges, each to score every entry.</summary>
    private static async Task<JudgedCampaign> JudgingCampaignAsync(HostFixture fixture, CancellationToken cancellation)
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var author = fixture.CreateClient();
        await author.SignUpAsync($"tac.gia.{Guid.NewGuid():N}@example.vn", cancellationToken: cancellation);
        for (var i = 0; i < 3; i++)
        {
            var created = await author.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, $"Sáng kiến chấm điểm {i} {Guid.NewGuid():N}"), cancellation);
            var entryId = created["entry"]!["id"]!.GetValue<string>();
            await author.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } }, cancellation);
            await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } }, cancellation);
        }

        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } }, cancellation);
        }

        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 3; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges), cancellation);
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 3 } }, cancellation);
        var sheets = assigned["assignments"]!.AsArray()
            .Select(x => new PendingSheet(judges.Single(j => j.UserId == x!["judge"]!["id"]!.GetValue<string>()).Client, x!["id"]!.GetValue<string>()))
            .ToList();
        Assert.Equal(9, sheets.Count);
        return new JudgedCampaign(scenario.CampaignId, scenario.Organizer, judges, sheets);
    }

    /// <summary>Submits one sheet; a retry that finds it already submitted (the first try was saved) counts as done.</summary>
    private static async Task<bool> SubmitSheetAsync(ApiClient client, string assignmentId, CancellationToken cancellation)
    {
        var payload = await client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new
        {
            input = new
            {
                assignmentId,
                comment = "Giải pháp thiết thực, áp dụng được ngay.",
                scores = new object[]
                {
                    new { criterionCode = "NOVELTY", points = 20m }, new { criterionCode = "EFFECT", points = 35m }, new { criterionCode = "SCOPE", points = 25m },
                },
            },
        }, cancellation);
        return payload["errors"] is not JsonArray { Count: > 0 } errors
            ? true
            : errors[0]!["code"]!.GetValue<string>() == "SHEET_ALREADY_SUBMITTED" ? true : throw new InvalidOperationException(payload.ToJsonString());
    }

    /// <summary>
    /// One submission as a careful client makes it: a draft on one host, its attachment uploaded straight to blob
    /// storage by a URL from that host and completed on the other, then submitted with one idempotency key; each step
    /// repeated on the surviving host when its host died under it.
    /// </summary>
    private static async Task<Acknowledged> SubmitOneAsync(TwoHosts cluster, ApiClient citizen, CampaignScenario scenario, int number, CancellationToken cancellation)
    {
        var title = $"Sáng kiến cụm máy chủ số {number}: {Guid.NewGuid():N}";
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.4\n% Thuyết minh sáng kiến số {number}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var key = $"cum-{Guid.NewGuid():N}";

        var entryId = await cluster.RetryAsync(number, citizen, async client =>
        {
            var created = await client.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title), cancellation);
            return created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
        }, cancellation);

        await cluster.RetryAsync(number, citizen, async client =>
        {
            if ((await client.GraphQLAsync(Attachments, new { id = entryId }, cancellation))["data"]!["node"]!["attachments"]!.AsArray().Count > 0)
            {
                return true;
            }

            var ticket = await client.MutateAsync(RequestUpload, "requestAttachmentUpload",
                new { input = new { entryId, fileName = $"thuyet-minh-{number}.pdf", contentType = "application/pdf", sizeBytes = bytes.Length } }, cancellation);
            var url = ticket["uploadUrl"]?.GetValue<string>() ?? throw new InvalidOperationException(ticket.ToJsonString());
            Assert.DoesNotContain(cluster.A.BaseAddress.Authority, url, StringComparison.Ordinal);
            Assert.DoesNotContain(cluster.B.BaseAddress.Authority, url, StringComparison.Ordinal);
            using (var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(bytes) })
            {
                foreach (var header in ticket["uploadHeaders"]!.AsArray())
                {
                    put.Headers.TryAddWithoutValidation(header!["name"]!.GetValue<string>(), header["value"]!.GetValue<string>());
                }

                using var storage = new HttpClient();
                using var stored = await storage.SendAsync(put, cancellation);
                Assert.True(stored.IsSuccessStatusCode, $"PUT to blob storage answered {(int)stored.StatusCode}");
            }

            // Completed through the other host when it is alive: the upload session is in the database, not in a host.
            var completed = await cluster.Other(client).MutateAsync(CompleteUpload, "completeAttachmentUpload",
                new { input = new { uploadId = ticket["uploadId"]!.GetValue<string>(), sha256 } }, cancellation);
            return completed["attachment"] is not null ? true : throw new InvalidOperationException(completed.ToJsonString());
        }, cancellation);

        var receipt = await cluster.RetryAsync(number, citizen, async client =>
        {
            var payload = await client.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId, idempotencyKey = key } }, cancellation);
            return payload["receipt"] ?? throw new InvalidOperationException(payload.ToJsonString());
        }, cancellation);

        return new Acknowledged(entryId, receipt["number"]!.GetValue<string>(), receipt["digest"]!.GetValue<string>(), sha256);
    }

    private sealed record Acknowledged(string EntryId, string ReceiptNumber, string Digest, string Sha256);

    private sealed record PendingSheet(ApiClient Judge, string AssignmentId);

    private sealed record JudgedCampaign(string CampaignId, ApiClient Organizer, IReadOnlyList<JudgeAccount> Judges, IReadOnlyList<PendingSheet> Sheets);

    /// <summary>Hosts A and B of one cluster; requests alternate between them until B is killed.</summary>
    private sealed class TwoHosts(HostProcess a, HostProcess b)
    {
        private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);
        private volatile bool _bKilled;

        public HostProcess A => a;

        public HostProcess B => b;

        public void KillB()
        {
            _bKilled = true;
            b.Kill();
        }

        /// <summary>The same signed-in user on the other host (B's tokens are A's: the key ring is shared).</summary>
        public ApiClient Other(ApiClient client) =>
            !_bKilled && client.Http.BaseAddress == a.BaseAddress ? client.Rebind(b.CreateClient()) : client.Rebind(a.CreateClient());

        /// <summary>
        /// Runs a step on A (odd turns) or B (even turns, while B lives); when the host failed under it (connection
        /// lost, or a grain on the dead silo unreachable until the cluster declares it dead) runs it again on A.
        /// </summary>
        public async Task<T> RetryAsync<T>(int turn, ApiClient user, Func<ApiClient, Task<T>> step, CancellationToken cancellation)
        {
            var deadline = DateTime.UtcNow + GiveUpAfter;
            var host = turn % 2 == 0 && !_bKilled ? b : a;
            while (true)
            {
                try
                {
                    return await step(user.Rebind(host.CreateClient()));
                }
                catch (Exception ex) when (DateTime.UtcNow < deadline && _bKilled && ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
                {
                    host = a;
                    await Task.Delay(500, cancellation);
                }
            }
        }
    }
}
