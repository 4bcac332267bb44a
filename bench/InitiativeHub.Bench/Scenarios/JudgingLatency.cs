using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using InitiativeHub.Bench.Baseline;
using InitiativeHub.Bench.Load;
using InitiativeHub.Bench.Reporting;
using InitiativeHub.Testing;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// Judging under load (goals L2 and L3, p99 ≤ 50 ms each). A JUDGING campaign with at least
/// <see cref="BenchOptions.RankingEntries"/> accepted entries, a panel of five judges and three judges per entry: the
/// campaign, the panel and one assigned entry through the API, the other entries as copies of its rows
/// (<see cref="AcceptedEntrySeeder"/>). L2: <c>submitScoreSheet</c> open loop at <see cref="BenchOptions.SheetRate"/>. L3: the
/// <c>ranking</c> query (first page of 50) open loop at <see cref="BenchOptions.RankingRate"/> while sheets keep
/// arriving at the L2 rate on other assignments. Sheets go round the entries before any entry gets a second one, so
/// the ranking L3 reads has as many rows as L2 left sheets.
/// </summary>
public sealed class JudgingLatency(BenchOptions options, ResultsLog results)
{
    private const double GoalP99 = 50;
    private const int Judges = 5;
    private const int JudgesPerEntry = 3;

    private const string ScreenEntry = "mutation($input: ScreenEntryInput!) { screenEntry(input: $input) { entry { status } errors { code } } }";

    private const string CreatePanel = "mutation($input: CreatePanelInput!) { createPanel(input: $input) { panel { id } errors { code message } } }";

    private const string AssignJudges = """
        mutation($input: AssignJudgesInput!) { assignJudges(input: $input) { assignments { id entry { id } judge { id } } errors { code message } } }
        """;

    private const string SubmitScoreSheet = "mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { assignment { status } errors { code } } }";

    private const string Ranking = """
        query($c: ID!) { ranking(campaignId: $c, first: 50) { totalCount nodes { rank entry { id } result { rawScore normalizedScore } } } }
        """;

    public async Task RunAsync(Provider provider, CancellationToken cancellationToken)
    {
        var warmup = TimeSpan.FromSeconds(Math.Min(10, options.Warmup.TotalSeconds));
        var sheetsPerRun = (int)Math.Round((warmup + options.LatencyDuration).TotalSeconds * options.SheetRate);
        var entryCount = Math.Max(options.RankingEntries, (int)Math.Ceiling(2.0 * sheetsPerRun / JudgesPerEntry));
        Console.WriteLine($"== judging on {provider}: {entryCount} entries, sheets at {options.SheetRate}/s, ranking at {options.RankingRate}/s: starting the host");
        await using var host = await BenchHost.StartAsync(provider, cancellationToken);

        // One entry goes through the API (created, submitted, accepted, assigned three judges); the rest are copies
        // of its rows written straight into the database, as the submission baseline writes its rows: the setup is not
        // what is measured, and assigning 20,000 entries in one request outlasts the request timeout.
        var citizen = (await host.CitizensAsync(1, cancellationToken))[0];
        var templateId = await host.CreateDraftAsync(citizen, "Sáng kiến tra cứu thủ tục hành chính qua Zalo OA", cancellationToken);
        await BenchHost.SubmitAsync(citizen, templateId, $"judging-{Guid.NewGuid():N}", cancellationToken);
        var screened = await host.Organizer.GraphQLAsync(ScreenEntry, new { input = new { entryId = templateId, decision = "ACCEPT" } }, cancellationToken);
        if (screened["data"]?["screenEntry"]?["entry"]?["status"]?.GetValue<string>() != "ACCEPTED")
        {
            throw new InvalidOperationException($"screenEntry failed: {screened.ToJsonString()}");
        }

        await host.ChangePhaseAsync("SCREENING", cancellationToken);
        await host.ChangePhaseAsync("JUDGING", cancellationToken);
        var judges = new Dictionary<string, ApiClient>();
        for (var i = 0; i < Judges; i++)
        {
            var (client, userId) = await host.UserWithRoleAsync("JUDGE", $"giam.khao.{i.ToString(CultureInfo.InvariantCulture)}", cancellationToken);
            judges[userId] = client;
        }

        var members = judges.Keys.Select((userId, i) => new { userId, role = i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "MEMBER" }).ToArray();
        var panel = await host.Organizer.MutateAsync(CreatePanel, "createPanel", new { input = new { campaignId = host.CampaignId, name = "Hội đồng xét duyệt sáng kiến", members } }, cancellationToken);
        var panelId = panel["panel"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(panel.ToJsonString());
        var assigned = await host.Organizer.MutateAsync(AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = JudgesPerEntry } }, cancellationToken);
        var templateAssignments = assigned["assignments"]!.AsArray()
            .Select(a => (Id: a!["id"]!.GetValue<string>(), Entry: a["entry"]!["id"]!.GetValue<string>(), Judge: a["judge"]!["id"]!.GetValue<string>()))
            .ToList();
        if (templateAssignments.Count != JudgesPerEntry)
        {
            throw new InvalidOperationException($"assignJudges gave the template entry {templateAssignments.Count} judges: {assigned.ToJsonString()}");
        }

        Console.WriteLine($"   seeding {entryCount - 1} copies of the accepted, assigned entry into the database");
        var seeding = Stopwatch.StartNew();
        var judgeIds = judges.Keys.ToDictionary(SubmissionThroughput.DecodeId);
        var seeded = await AcceptedEntrySeeder.SeedAsync(host, SubmissionThroughput.DecodeId(templateId), [.. judgeIds.Keys], entryCount - 1, cancellationToken);
        var seededIn = seeding.Elapsed;
        var audit = host.Provider == Provider.Sqlite
            ? await HostProcess.RunCommandAsync(host.Host.DataPath, "verify-audit")
            : await HostProcess.RunCommandAsync(host.Host.DataPath, new Dictionary<string, string>(SubmissionThroughput.PostgresSettings(host)), "verify-audit");
        var seedCheck = $"seeded in {seededIn.TotalSeconds:F1} s; verify-audit exit {audit.ExitCode} ({audit.Output.Trim().Split('\n').LastOrDefault()})";
        Console.WriteLine("   " + seedCheck);
        if (audit.ExitCode != 0)
        {
            throw new InvalidOperationException("The seeded audit chain was refused: " + audit.Output);
        }

        // Round the entries first: the k-th assignment of every entry before any (k + 1)-th.
        var sheets = templateAssignments
            .Select(a => (a.Id, a.Entry, Client: judges[a.Judge]))
            .Concat(seeded.Select(a => (Id: GlobalId("Assignment", a.Id), Entry: a.EntryId.ToString("N"), Client: judges[judgeIds[a.JudgeId]])))
            .GroupBy(a => a.Entry)
            .SelectMany(g => g.Select((a, k) => (a, k)))
            .OrderBy(x => x.k)
            .Select(x => x.a)
            .ToList();
        if (sheets.Count < 2 * sheetsPerRun)
        {
            throw new InvalidOperationException($"{sheets.Count} assignments for {2 * sheetsPerRun} sheets");
        }

        Task SubmitAsync(int i, CancellationToken token) => SubmitSheetAsync(sheets[i].Client, sheets[i].Id, i, token);

        var loadBefore = Machine.LoadAverage();
        var sheetRun = await OpenLoop.RunAsync(options.SheetRate, warmup, options.LatencyDuration, SubmitAsync, cancellationToken);
        var loadBetween = Machine.LoadAverage();
        var rankingTask = OpenLoop.RunAsync(options.RankingRate, warmup, options.LatencyDuration, (_, token) => RankingAsync(host, token), cancellationToken);
        var backgroundTask = OpenLoop.RunAsync(options.SheetRate, warmup, options.LatencyDuration, (i, token) => SubmitAsync(sheetsPerRun + i, token), cancellationToken);
        var rankingRun = await rankingTask;
        var backgroundRun = await backgroundTask;
        var loadAfter = Machine.LoadAverage();
        var ranked = await RankedCountAsync(host, cancellationToken);

        string Verdict(OpenLoopResult run) => run.Latency.P99 <= GoalP99 && run.Errors.Total == 0 ? "PASS" : "FAIL";
        results.Record("judging-latency", new
        {
            provider = provider.ToString(),
            entries = entryCount,
            seeding = seedCheck,
            rankedAtEnd = ranked,
            durationSeconds = options.LatencyDuration.TotalSeconds,
            sheets = sheetRun,
            ranking = rankingRun,
            sheetsDuringRanking = backgroundRun,
            loadBefore,
            loadBetween,
            loadAfter,
            goal = new { p99 = GoalP99 },
            verdict = new { sheets = Verdict(sheetRun), ranking = Verdict(rankingRun) },
        });
        string[] Row(string what, OpenLoopResult run, string load) =>
        [
            provider.ToString(), what, ResultsLog.Num(run.OfferedPerSecond), run.Arrivals.ToString(CultureInfo.InvariantCulture), ResultsLog.Ms(run.Latency.P50),
            ResultsLog.Ms(run.Latency.P99), ResultsLog.Ms(run.Latency.P999), ResultsLog.Ms(run.Latency.Max), run.Errors.ToString(),
            run.LateSends.ToString(CultureInfo.InvariantCulture), $"p99 ≤ {GoalP99} ms", Verdict(run), load,
        ];
        results.Table(
            $"Judging latency, {provider}, {entryCount} entries, open loop for {options.LatencyDuration.TotalSeconds:F0} s",
            ["provider", "operation", "rate /s", "measured", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors", "late sends", "goal", "verdict", "load avg"],
            [
                Row("L2 submitScoreSheet", sheetRun, $"{loadBefore:F1} / {loadBetween:F1}"),
                Row("L3 ranking (first 50)", rankingRun, $"{loadBetween:F1} / {loadAfter:F1}"),
                Row("sheets during L3 (not a goal)", backgroundRun, $"{loadBetween:F1} / {loadAfter:F1}"),
            ],
            $"Latency from each arrival's scheduled send time; {warmup.TotalSeconds:F0} s warm-up at the same rate not recorded. "
            + $"L3 runs while sheets keep arriving at {ResultsLog.Num(options.SheetRate)}/s; {ranked} entries were ranked at the end. "
            + $"Entries {seedCheck}.");
    }

    /// <summary>A Relay global id as the API writes it: base64 of "&lt;type&gt;:&lt;uuid&gt;".</summary>
    private static string GlobalId(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    private static async Task SubmitSheetAsync(ApiClient judge, string assignmentId, int i, CancellationToken cancellationToken)
    {
        // Varied but valid points (NOVELTY /30, EFFECT /40, SCOPE /30), so the ranking keeps moving.
        var payload = await judge.GraphQLAsync(SubmitScoreSheet, new
        {
            input = new
            {
                assignmentId,
                scores = new object[]
                {
                    new { criterionCode = "NOVELTY", points = i % 31 },
                    new { criterionCode = "EFFECT", points = (i * 7) % 41 },
                    new { criterionCode = "SCOPE", points = (i * 13) % 31 },
                },
            },
        }, cancellationToken);
        if (payload["data"]?["submitScoreSheet"]?["assignment"]?["status"]?.GetValue<string>() != "SCORED")
        {
            throw BenchHost.Failure(payload);
        }
    }

    /// <summary>How many entries the ranking holds at the end, or -1 when a host still busy with queued sheets does not answer in time.</summary>
    private static async Task<int> RankedCountAsync(BenchHost host, CancellationToken cancellationToken)
    {
        try
        {
            var payload = await host.Organizer.GraphQLAsync(Ranking, new { c = host.CampaignId }, cancellationToken);
            return payload["data"]?["ranking"]?["totalCount"]?.GetValue<int>() ?? -1;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return -1;
        }
    }

    private static async Task RankingAsync(BenchHost host, CancellationToken cancellationToken)
    {
        var payload = await host.Organizer.GraphQLAsync(Ranking, new { c = host.CampaignId }, cancellationToken);
        if (payload["data"]?["ranking"]?["nodes"] is not JsonArray)
        {
            throw BenchHost.Failure(payload);
        }
    }
}
