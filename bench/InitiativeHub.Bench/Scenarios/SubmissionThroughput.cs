using System.Globalization;
using System.Text;
using InitiativeHub.Bench.Baseline;
using InitiativeHub.Bench.Load;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Testing;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// Submission throughput through GraphQL (createEntry, then submitEntry with an idempotency key, as a citizen's
/// client does) against <see cref="DirectSubmissionWriter"/> on the same database, closed loop at each client count.
/// App and baseline rounds alternate in one run (A, B, A, B, ...) so both see the same machine; the ratio of each
/// pair is judged: pass = median ratio ≥ goal and worst ratio ≥ goal − 0.10.
/// </summary>
public sealed class SubmissionThroughput(BenchOptions options, ResultsLog results)
{
    public async Task RunAsync(Provider provider, CancellationToken cancellationToken)
    {
        Console.WriteLine($"== Submission throughput on {provider}: starting the host");
        await using var host = await BenchHost.StartAsync(provider, cancellationToken);
        var citizens = await host.CitizensAsync(options.Clients.Max(), cancellationToken);

        // Templates for the baseline: a draft and a submission written by the host itself.
        var draftId = DecodeId(await host.CreateDraftAsync(citizens[0], "Mẫu bản nháp", cancellationToken));
        var submittedEntry = await host.CreateDraftAsync(citizens[0], "Mẫu bài nộp", cancellationToken);
        await BenchHost.SubmitAsync(citizens[0], submittedEntry, $"mau-{Guid.NewGuid():N}", cancellationToken);
        var baseline = await DirectSubmissionWriter.CreateAsync(host, draftId, DecodeId(submittedEntry), cancellationToken);
        var durability = await baseline.DurabilitySettingsAsync(cancellationToken);
        var durabilityText = string.Join(", ", durability.Select(p => $"{p.Key}={p.Value}"));
        Console.WriteLine($"   database: {durabilityText}");

        var counter = 0;
        async Task AppSubmissionAsync(int client, CancellationToken token)
        {
            var api = citizens[client];
            var number = Interlocked.Increment(ref counter);
            var entryId = await host.CreateDraftAsync(api, $"Sáng kiến số {number.ToString(CultureInfo.InvariantCulture)}: số hóa hồ sơ tổ dân phố", token);
            await BenchHost.SubmitAsync(api, entryId, $"nop-{Guid.NewGuid():N}", token);
        }

        var rows = new List<IReadOnlyList<string>>();
        var acknowledged = 1L; // the template submission
        foreach (var clients in options.Clients)
        {
            var goal = Goal(provider, clients);
            var ratios = new List<double>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                var loadBeforeApp = Machine.LoadAverage();
                var cpu = CpuMeter.Start(host.Host.ProcessId);
                var app = await ClosedLoop.RunAsync(clients, options.Warmup, options.Duration, AppSubmissionAsync, cancellationToken);
                var appCpu = cpu.PerOperation(app.Acknowledged);
                var loadBeforeBaseline = Machine.LoadAverage();
                cpu = CpuMeter.Start(host.Host.ProcessId);
                var direct = await ClosedLoop.RunAsync(clients, options.Warmup, options.Duration, (_, token) => baseline.SubmitAsync(token), cancellationToken);
                var directCpu = cpu.PerOperation(direct.Acknowledged);
                var loadAfter = Machine.LoadAverage();
                acknowledged += app.Acknowledged + direct.Acknowledged;
                var ratio = direct.PerSecond > 0 ? app.PerSecond / direct.PerSecond : double.NaN;
                ratios.Add(ratio);
                Console.WriteLine($"   c={clients} round {round}: app {app.PerSecond:F1}/s, baseline {direct.PerSecond:F1}/s, ratio {ratio:F2} (load {loadBeforeApp:F1}/{loadBeforeBaseline:F1}/{loadAfter:F1})");
                rows.Add(
                [
                    provider.ToString(), clients.ToString(CultureInfo.InvariantCulture), round.ToString(CultureInfo.InvariantCulture),
                    ResultsLog.Num(app.PerSecond), ResultsLog.Ms(app.Latency.P50), ResultsLog.Ms(app.Latency.P99), app.Errors.ToString(), appCpu.ToString(),
                    ResultsLog.Num(direct.PerSecond), ResultsLog.Ms(direct.Latency.P50), ResultsLog.Ms(direct.Latency.P99), direct.Errors.ToString(), directCpu.ToString(),
                    ResultsLog.Num(ratio, "F2"), $"{loadBeforeApp:F1} / {loadBeforeBaseline:F1} / {loadAfter:F1}",
                ]);
                results.Record("submission-throughput-round", new
                {
                    provider = provider.ToString(), clients, round, app, baseline = direct, ratio, appCpu, baselineCpu = directCpu,
                    loadAverage = new { beforeApp = loadBeforeApp, beforeBaseline = loadBeforeBaseline, after = loadAfter }, durability,
                });
            }

            var verdict = Verdict(ratios, goal);
            rows.Add([provider.ToString(), clients.ToString(CultureInfo.InvariantCulture), "**median**", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, $"**{Median(ratios):F2}** (worst {ratios.Min():F2}; goal ≥ {goal:F2}: {verdict})", string.Empty]);
            results.Record("submission-throughput", new { provider = provider.ToString(), clients, ratios, median = Median(ratios), worst = ratios.Min(), goal, verdict });
        }

        var check = await VerifyAsync(host, acknowledged, cancellationToken);
        results.Table(
            $"Submission throughput, {provider} (closed loop; submissions/s = createEntry + submitEntry)",
            ["provider", "clients", "round", "app /s", "app p50 ms", "app p99 ms", "app errors", "app CPU ms/sub (host + driver)", "baseline /s", "base p50 ms", "base p99 ms", "base errors", "base CPU ms/sub (host + driver)", "app ÷ baseline", "load avg (before A / before B / after)"],
            rows,
            "CPU ms/sub: CPU time of the host process and of this driver (which runs the HTTP clients, or the baseline itself) per acknowledged submission, warm-up included; PostgreSQL's own CPU is not counted.",
            $"Warm-up {options.Warmup.TotalSeconds:F0} s + measured {options.Duration.TotalSeconds:F0} s per round and side, {options.Rounds} rounds, A then B alternated. Database: {durabilityText}.",
            check);
    }

    /// <summary>
    /// Afterwards the database must hold exactly the acknowledged submissions (app and baseline alike) and the host's
    /// own verifier must accept the audit chain both wrote: the baseline wrote real, valid rows.
    /// </summary>
    private static async Task<string> VerifyAsync(BenchHost host, long acknowledged, CancellationToken cancellationToken)
    {
        var organizerView = host.CreateClient();
        await organizerView.LoginAsync(HostProcess.AdminEmail, HostProcess.AdminPassword, cancellationToken);
        var page = await organizerView.GraphQLAsync(
            "query($c: ID!) { entries(campaignId: $c, where: { status: [SUBMITTED] }, first: 1) { totalCount } }", new { c = host.CampaignId }, cancellationToken);
        var submitted = page["data"]?["entries"]?["totalCount"]?.GetValue<long>();
        var audit = host.Provider == Provider.Sqlite
            ? await HostProcess.RunCommandAsync(host.Host.DataPath, "verify-audit")
            : await HostProcess.RunCommandAsync(host.Host.DataPath, new Dictionary<string, string>(PostgresSettings(host)), "verify-audit");
        var summary = $"Check: {acknowledged} submissions acknowledged, {submitted?.ToString(CultureInfo.InvariantCulture) ?? "?"} SUBMITTED in the campaign " +
            $"({(submitted == acknowledged ? "equal" : "MISMATCH")}); verify-audit exit {audit.ExitCode} ({audit.Output.Trim().Split('\n').LastOrDefault()}).";
        Console.WriteLine("   " + summary);
        return summary;
    }

    internal static IEnumerable<KeyValuePair<string, string>> PostgresSettings(BenchHost host) =>
    [
        new("InitiativeHub__Database__Provider", "Postgres"),
        new("ConnectionStrings__InitiativeHub", host.PostgresConnectionString!),
    ];

    /// <summary>The goals of issue 9 / performance-anchors §8.1 R1 (PostgreSQL) and R2 (SQLite).</summary>
    public static double Goal(Provider provider, int clients) => (provider, clients) switch
    {
        (Provider.Postgres, 1) => 0.75,
        (Provider.Postgres, _) => 0.40,
        (Provider.Sqlite, 1) => 0.70,
        _ => 1.00,
    };

    public static string Verdict(IReadOnlyList<double> ratios, double goal) =>
        Median(ratios) >= goal && ratios.Min() >= goal - 0.10 ? "PASS" : "FAIL";

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The Guid inside a Relay global id ("Entry:&lt;guid&gt;" in base64).</summary>
    public static Guid DecodeId(string globalId)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        return Guid.Parse(text[(text.IndexOf(':', StringComparison.Ordinal) + 1)..]);
    }
}
