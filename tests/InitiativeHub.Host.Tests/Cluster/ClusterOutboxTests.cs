using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Cluster;

/// <summary>
/// The notification outbox of a two-host cluster (PostgreSQL, Redis membership): submissions go through both hosts,
/// and each receipt is mailed exactly once, by one host only, not by every host that polls the outbox. When that host
/// dies, the other takes the outbox over and later notices are still mailed.
/// </summary>
public sealed class ClusterOutboxTests(PostgresServer postgres, RedisServer redis) : IClassFixture<RedisServer>
{
    private const int Submissions = 8;

    [Fact]
    public async Task TwoHosts_MailEachReceiptExactlyOnce_FromOneHost_AndTheSurvivorTakesOverTheOutbox()
    {
        // Arrange: A starts first (its silo alone in the cluster, so it runs the outbox), then B joins.
        var cancellation = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string>(postgres.HostSettings(PostgresServer.NewDatabaseName("outbox")))
        {
            ["InitiativeHub__Orleans__Clustering"] = "Redis",
            ["InitiativeHub__Orleans__ClusterId"] = $"outbox-{Guid.NewGuid():N}",
            ["InitiativeHub__Orleans__AdvertisedAddress"] = "127.0.0.1",
            ["ConnectionStrings__Redis"] = redis.ConnectionString,
        };
        await using var a = await HostProcess.StartAsync(settings, cancellationToken: cancellation);
        await using var b = await HostProcess.StartAsync(settings, cancellationToken: cancellation);
        var scenario = await CampaignScenario.CreateAsync(HostFixture.For(a));
        var citizen = new ApiClient(a.CreateClient());
        var email = $"hop.thu.{Guid.NewGuid():N}@example.vn";
        await citizen.SignUpAsync(email, cancellationToken: cancellation);

        // Act: receipts of submissions made alternately through A and B.
        var receipts = new List<string>();
        for (var i = 0; i < Submissions; i++)
        {
            var host = i % 2 == 0 ? a : b;
            receipts.Add(await SubmitAsync(citizen.Rebind(host.CreateClient()), scenario, i, cancellation));
        }

        var mailed = await WaitForReceiptsAsync([a, b], email, receipts, cancellation);

        // Two more outbox rounds: a second mailer polling the same notices would have written its copies by now.
        await Task.Delay(TimeSpan.FromSeconds(5), cancellation);
        mailed = ReceiptMails([a, b], email);

        // Assert: every receipt mailed once, all of them by the host that runs the outbox (A), none by B.
        Assert.All(receipts, number => Assert.Single(mailed, m => m.Body.Contains(number, StringComparison.Ordinal)));
        Assert.Equal(receipts.Count, mailed.Count);
        Assert.All(mailed, m => Assert.Equal(a.DataPath, m.Host));

        // Act: A dies; a submission through B is still mailed, now by B, once the cluster has noticed.
        a.Kill();
        var late = await SubmitWhenServedAsync(citizen.Rebind(b.CreateClient()), scenario, Submissions, cancellation);
        var afterKill = await WaitForReceiptsAsync([a, b], email, [late], cancellation, TimeSpan.FromMinutes(2));

        // Assert
        var lateMail = Assert.Single(afterKill, m => m.Body.Contains(late, StringComparison.Ordinal));
        Assert.Equal(b.DataPath, lateMail.Host);
    }

    private static async Task<string> SubmitAsync(ApiClient client, CampaignScenario scenario, int number, CancellationToken cancellation)
    {
        var created = await client.MutateAsync(
            EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, $"Sáng kiến hộp thư cụm máy chủ số {number}: {Guid.NewGuid():N}"), cancellation);
        var entryId = created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
        var submitted = await client.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId, idempotencyKey = $"hop-thu-{Guid.NewGuid():N}" } }, cancellation);
        return submitted["receipt"]?["number"]?.GetValue<string>() ?? throw new InvalidOperationException(submitted.ToJsonString());
    }

    /// <summary>Right after a silo died, calls that meet its grains fail until the cluster declares it dead: retried.</summary>
    private static async Task<string> SubmitWhenServedAsync(ApiClient client, CampaignScenario scenario, int number, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            try
            {
                return await SubmitAsync(client, scenario, number, cancellation);
            }
            catch (Exception ex) when (DateTime.UtcNow < deadline && ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(1000, cancellation);
            }
        }
    }

    /// <summary>Waits until each receipt number appears in at least one mail; returns the receipt mails seen then.</summary>
    private static async Task<IReadOnlyList<Mail>> WaitForReceiptsAsync(
        IReadOnlyList<HostProcess> hosts, string to, IReadOnlyList<string> receipts, CancellationToken cancellation, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var mails = ReceiptMails(hosts, to);
            if (receipts.All(r => mails.Any(m => m.Body.Contains(r, StringComparison.Ordinal))) || DateTime.UtcNow > deadline)
            {
                return mails;
            }

            await Task.Delay(500, cancellation);
        }
    }

    /// <summary>The receipt mails to <paramref name="to"/> in every host's outbox folder, with the host that wrote each.</summary>
    private static List<Mail> ReceiptMails(IReadOnlyList<HostProcess> hosts, string to) =>
        hosts.SelectMany(host => Outbox.ReadMails(host.DataPath, to).Select(body => new Mail(host.DataPath, body)))
            .Where(m => m.Body.Contains("Số biên nhận", StringComparison.Ordinal))
            .ToList();

    private sealed record Mail(string Host, string Body);
}
