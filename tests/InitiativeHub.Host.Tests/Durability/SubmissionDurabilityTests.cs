using System.Security.Cryptography;
using System.Text;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Durability;

/// <summary>
/// A citizen submits entries with attachments without pause while the host is killed with SIGKILL several times and
/// restarted on the same data folder. Afterwards the client's log of acknowledged submissions is compared with what
/// the platform holds: none lost, none duplicated, none without its attachment, and the audit chain intact. On
/// PostgreSQL the database server stays up (only the host dies), as in production where the two run apart.
/// </summary>
public sealed class SubmissionDurabilityTests(PostgresServer postgres)
{
    private const int Kills = 3;

    private const string EntryState =
        "query($id: ID!) { node(id: $id) { ... on Entry { id title status receipt { number digest } attachments { id sha256 downloadUrl } } } }";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Submissions_AcrossRepeatedSigkills_AreAllKeptExactlyOnceWithTheirAttachments(string provider)
    {
        // Arrange: an open campaign and a citizen, on a host whose data folder (and database) outlives it.
        var cancellation = TestContext.Current.CancellationToken;
        var dataPath = Directory.CreateTempSubdirectory("initiativehub-durability-").FullName;
        var settings = provider == "Postgres" ? postgres.HostSettings(PostgresServer.NewDatabaseName("durability")) : null;
        var hosts = new HostChain(await HostProcess.StartAsync(settings, dataPath, cancellation), dataPath, settings);
        await using var _ = hosts;
        var scenario = await CampaignScenario.CreateAsync(HostFixture.For(hosts.Current));
        var email = $"ben.bi.{Guid.NewGuid():N}@example.vn";
        await new ApiClient(hosts.Current.CreateClient()).SignUpAsync(email, cancellationToken: cancellation);
        var acknowledged = new List<Acknowledged>();

        // Act: submissions run while a killer takes the host down and brings it back, then a few more after the last kill.
        var killer = Task.Run(
            async () =>
            {
                for (var kill = 0; kill < Kills; kill++)
                {
                    await Task.Delay(TimeSpan.FromSeconds(3 + Random.Shared.NextDouble() * 3), cancellation);
                    await hosts.KillAndRestartAsync(cancellation);
                }
            },
            cancellation);
        var number = 0;
        while (!killer.IsCompleted || acknowledged.Count < Kills * 3)
        {
            acknowledged.Add(await SubmitOneAsync(hosts, email, scenario, ++number, cancellation));
        }

        await killer;

        // Assert: every acknowledged submission is there once, as acknowledged, with exactly its attachment.
        var client = await hosts.SignInAsync(email, cancellation);
        foreach (var ack in acknowledged)
        {
            var entry = (await client.GraphQLAsync(EntryState, new { id = ack.EntryId }, cancellation))["data"]!["node"]!;
            Assert.Equal("SUBMITTED", entry["status"]!.GetValue<string>());
            Assert.Equal(ack.ReceiptNumber, entry["receipt"]!["number"]!.GetValue<string>());
            Assert.Equal(ack.Digest, entry["receipt"]!["digest"]!.GetValue<string>());
            var attachment = Assert.Single(entry["attachments"]!.AsArray())!;
            Assert.Equal(ack.AttachmentId, attachment["id"]!.GetValue<string>());
            var stored = await client.Http.GetByteArrayAsync(new Uri(attachment["downloadUrl"]!.GetValue<string>(), UriKind.RelativeOrAbsolute), cancellation);
            Assert.Equal(ack.Sha256, Convert.ToHexStringLower(SHA256.HashData(stored)));
        }

        var submitted = await SubmittedEntriesAsync(scenario, hosts, cancellation);
        Assert.Equal(acknowledged.Select(a => a.EntryId).Order(), submitted.Select(e => e.Id).Order());
        Assert.Equal(acknowledged.Count, submitted.Select(e => e.Title).Distinct().Count());
        Assert.Equal(acknowledged.Count, submitted.Select(e => e.Receipt).Distinct().Count());
        Assert.True(hosts.Restarts == Kills, $"{hosts.Restarts} restarts");

        await hosts.StopAsync();
        var audit = await HostProcess.RunCommandAsync(dataPath, settings, "verify-audit");
        Assert.True(audit.ExitCode == 0, audit.Output);
    }

    /// <summary>
    /// One submission as a careful client makes it across crashes: a draft, its attachment (added again only if the
    /// platform does not already hold it), then submit with one idempotency key, repeated until acknowledged.
    /// </summary>
    private static async Task<Acknowledged> SubmitOneAsync(HostChain hosts, string email, CampaignScenario scenario, int number, CancellationToken cancellation)
    {
        var title = $"Sáng kiến số {number}: số hóa hồ sơ tổ dân phố {Guid.NewGuid():N}";
        var bytes = Encoding.UTF8.GetBytes($"%PDF-1.4\n% Thuyết minh sáng kiến số {number}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");
        var key = $"nop-{Guid.NewGuid():N}";

        var entryId = await hosts.RetryAsync(email, async client =>
        {
            var created = await client.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title), cancellation);
            return created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
        }, cancellation);

        var attachment = await hosts.RetryAsync(email, async client =>
        {
            var held = (await client.GraphQLAsync(EntryState, new { id = entryId }, cancellation))["data"]!["node"]!["attachments"]!.AsArray();
            if (held.Count > 0)
            {
                return held[0]!;
            }

            var added = await MultipartUpload.AddAttachmentAsync(client, entryId, $"thuyet-minh-{number}.pdf", bytes, "application/pdf", cancellation);
            return added["attachment"] ?? throw new InvalidOperationException(added.ToJsonString());
        }, cancellation);

        var receipt = await hosts.RetryAsync(email, async client =>
        {
            var payload = await client.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId, idempotencyKey = key } }, cancellation);
            return payload["receipt"] ?? throw new InvalidOperationException(payload.ToJsonString());
        }, cancellation);

        return new Acknowledged(
            entryId,
            receipt["number"]!.GetValue<string>(),
            receipt["digest"]!.GetValue<string>(),
            attachment["id"]!.GetValue<string>(),
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static async Task<List<(string Id, string Title, string Receipt)>> SubmittedEntriesAsync(CampaignScenario scenario, HostChain hosts, CancellationToken cancellation)
    {
        // The organizer's bearer token from before the crashes still works: the signing keys live in the data folder.
        var organizer = scenario.Organizer.Rebind(hosts.Current.CreateClient());
        var page = await organizer.GraphQLAsync(
            "query($c: ID!) { entries(campaignId: $c, where: { status: [SUBMITTED] }, first: 100) { totalCount nodes { id title receipt { number } } } }",
            new { c = scenario.CampaignId },
            cancellation);
        var connection = page["data"]!["entries"]!;
        Assert.True(connection["totalCount"]!.GetValue<int>() <= 100, "more entries than one page holds");
        return [.. connection["nodes"]!.AsArray().Select(n => (n!["id"]!.GetValue<string>(), n["title"]!.GetValue<string>(), n["receipt"]!["number"]!.GetValue<string>()))];
    }

    private sealed record Acknowledged(string EntryId, string ReceiptNumber, string Digest, string AttachmentId, string Sha256);

    /// <summary>The current host over one data folder; a kill replaces it with a new process on the same folder.</summary>
    private sealed class HostChain(HostProcess first, string dataPath, IReadOnlyDictionary<string, string>? settings) : IAsyncDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private HostProcess? _current = first;
        private int _generation;

        public HostProcess Current => _current ?? throw new InvalidOperationException("No host is running.");

        public int Restarts => _generation;

        public async Task KillAndRestartAsync(CancellationToken cancellation)
        {
            await _gate.WaitAsync(cancellation);
            try
            {
                var dead = Current;
                dead.Kill();
                await dead.DisposeAsync();
                _current = await HostProcess.StartAsync(settings, dataPath, cancellation);
                Interlocked.Increment(ref _generation);
            }
            finally
            {
                _gate.Release();
            }
        }

        public async Task<ApiClient> SignInAsync(string email, CancellationToken cancellation)
        {
            var client = new ApiClient(Current.CreateClient());
            await client.LoginAsync(email, "MatKhau2026", cancellation);
            return client;
        }

        /// <summary>Runs a step, and after a lost connection (the host died) runs it again against the next host.</summary>
        public async Task<T> RetryAsync<T>(string email, Func<ApiClient, Task<T>> step, CancellationToken cancellation)
        {
            for (var attempt = 0; ; attempt++)
            {
                await _gate.WaitAsync(cancellation); // not while a restart is under way
                _gate.Release();
                try
                {
                    return await step(await SignInAsync(email, cancellation));
                }
                catch (Exception ex) when (attempt < 20 && ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    await Task.Delay(200, cancellation);
                }
            }
        }

        public async Task StopAsync()
        {
            if (_current is { } host)
            {
                _current = null;
                await host.DisposeAsync();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _gate.Dispose();
        }
    }
}
