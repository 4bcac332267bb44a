using System.Diagnostics;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>Results and the live ranking on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class RankingTestsOnSqlite(HostFixture fixture) : RankingTests(fixture);

/// <summary>Results and the live ranking on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class RankingTestsOnPostgres(PostgresHostFixture fixture) : RankingTests(fixture);

public abstract class RankingTests(HostFixture fixture)
{
    private const string Ranking = """
        query($c: ID!, $first: Int, $after: String) {
          ranking(campaignId: $c, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor }
            nodes { rank entry { id title } result { rawScore normalizedScore judgeCount spread disagreement rank passed decidedBy decidingCriterion normalizationMethod tier { name } } }
          }
        }
        """;

    private const string OnRankingChanged = """
        subscription($c: ID!) { onRankingChanged(campaignId: $c) { campaignId rows { rank entry { id } result { rawScore normalizedScore judgeCount } } } }
        """;

    // The campaign's rubric (CampaignScenario): NOVELTY /30, EFFECT /40, SCOPE /30, all weight 1, so a sheet's total is
    // the sum of its points; MEAN aggregation, pass 50, disagreement when the spread is above 20, tie-break NOVELTY then
    // EFFECT; tiers Giải Nhất (1, ≥ 85), Giải Nhì (2, ≥ 75), Giấy khen (5, ≥ 60); two decimals.
    //
    // Sheets (NOVELTY, EFFECT, SCOPE → total) of judges A (chair), B (vice chair), C (member):
    //   E1  A 28,36,26 → 90   B 26,34,26 → 86   C 27,35,26 → 88
    //   E2  A 25,32,23 → 80   B 24,31,23 → 78   C 26,32,24 → 82
    //   E3  A 22,33,25 → 80   B 24,30,22 → 76   C 26,34,24 → 84
    //   E4  A 27,34,24 → 85   B 15,25,15 → 55   C 22,28,20 → 70
    //   E5  A 15,20,15 → 50   B 12,16,12 → 40   C 14,18,13 → 45
    private static readonly Dictionary<string, decimal[][]> Sheets = new()
    {
        ["E1"] = [[28, 36, 26], [26, 34, 26], [27, 35, 26]],
        ["E2"] = [[25, 32, 23], [24, 31, 23], [26, 32, 24]],
        ["E3"] = [[22, 33, 25], [24, 30, 22], [26, 34, 24]],
        ["E4"] = [[27, 34, 24], [15, 25, 15], [22, 28, 20]],
        ["E5"] = [[15, 20, 15], [12, 16, 12], [14, 18, 13]],
    };

    [Fact]
    public async Task SheetsArrivingTogether_EveryRankingReadIsOneWholeCommittedRanking()
    {
        // Arrange: the five entries and three judges of the test below, every judge on every entry.
        var scenario = await CampaignScenario.CreateAsync(fixture);
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

        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 3; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges));
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 3 } });

        // Act: the three judges send their fifteen sheets at once while the organizer keeps reading the ranking.
        var sending = Task.WhenAll(Enumerable.Range(0, 3).Select(judge => Task.Run(async () =>
        {
            var errors = new List<JsonNode?>();
            foreach (var (entry, points) in Sheets.Select(p => (p.Key, p.Value[judge])))
            {
                var assignmentId = assigned["assignments"]!.AsArray()
                    .Single(a => a!["judge"]!["id"]!.GetValue<string>() == judges[judge].UserId && a["entry"]!["id"]!.GetValue<string>() == entries[entry])!["id"]!.GetValue<string>();
                var sent = await judges[judge].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new
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
                errors.Add(sent["errors"]);
            }

            return errors;
        })));
        var reads = new List<JsonNode>();
        do
        {
            reads.Add((await scenario.Organizer.GraphQLAsync(Ranking, new { c = scenario.CampaignId }))["data"]!["ranking"]!);
        }
        while (!sending.IsCompleted);

        var sendErrors = (await sending).SelectMany(e => e).ToList();
        reads.Add((await scenario.Organizer.GraphQLAsync(Ranking, new { c = scenario.CampaignId }))["data"]!["ranking"]!);

        // Assert: each read is one ranking as committed after some sheet: ranks 1..n over the scored entries in order
        // of raw score, and the sheets it counts never fewer than a read before it saw (a ranking never goes back).
        Assert.All(sendErrors, Assert.Null);
        var sheetsSeen = 0;
        foreach (var read in reads)
        {
            var rows = read["nodes"]!.AsArray().Select(r => r!).ToList();
            Assert.Equal(rows.Count, read["totalCount"]!.GetValue<int>());
            Assert.Equal(Enumerable.Range(1, rows.Count), rows.Select(r => r["rank"]!.GetValue<int>()));
            var raw = rows.Select(r => r["result"]!["rawScore"]!.GetValue<decimal>()).ToList();
            Assert.Equal(raw.OrderByDescending(x => x), raw);
            var counted = rows.Sum(r => r["result"]!["judgeCount"]!.GetValue<int>());
            Assert.InRange(counted, sheetsSeen, 15);
            sheetsSeen = counted;
        }

        Assert.Equal(15, sheetsSeen);
        Assert.Equal(
            new[] { "E1", "E2", "E3", "E4", "E5" }.Select(e => entries[e]),
            reads[^1]["nodes"]!.AsArray().Select(r => r!["entry"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AllSheetsSubmitted_RankingNormalizationDisagreementAndTiers_MatchHandArithmetic_SubscriberHearsTheLastSheet()
    {
        // Arrange: five accepted entries in a JUDGING campaign, a panel of three judges, each judge on every entry.
        var scenario = await CampaignScenario.CreateAsync(fixture);
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

        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 3; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges));
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 3 } });
        string AssignmentOf(int judge, string entry) => assigned["assignments"]!.AsArray()
            .Single(a => a!["judge"]!["id"]!.GetValue<string>() == judges[judge].UserId && a["entry"]!["id"]!.GetValue<string>() == entries[entry])!["id"]!.GetValue<string>();
        async Task<JsonObject> SubmitAsync(int judge, string entry)
        {
            var points = Sheets[entry][judge];
            return await judges[judge].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new
            {
                input = new
                {
                    assignmentId = AssignmentOf(judge, entry),
                    scores = new object[]
                    {
                        new { criterionCode = "NOVELTY", points = points[0] },
                        new { criterionCode = "EFFECT", points = points[1] },
                        new { criterionCode = "SCOPE", points = points[2], comment = "Có thể nhân rộng." },
                    },
                },
            });
        }

        // Act: A's and C's sheets but C's on E5; an outsider and C (who has not scored E5) look; then the organizer
        // subscribes, B's sheets warm the path up, and C submits the last sheet.
        foreach (var entry in Sheets.Keys)
        {
            for (var judge = 0; judge < 3; judge++)
            {
                if (judge == 0 || (judge == 2 && entry != "E5"))
                {
                    Assert.Null((await SubmitAsync(judge, entry))["errors"]);
                }
            }
        }

        var outsider = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var forbidden = await outsider.Client.GraphQLAsync(Ranking, new { c = scenario.CampaignId });
        var judgeViewBefore = await judges[2].Client.GraphQLAsync(Ranking, new { c = scenario.CampaignId });

        await using var socket = await RankingSocket.ConnectAsync(scenario.Organizer);
        await socket.SubscribeAsync("ranking", OnRankingChanged, new { c = scenario.CampaignId });

        // The server attaches a subscription in the background and graphql-transport-ws does not acknowledge it: B's
        // sheets go in one at a time, under one pending receive, until a push is heard; the rest follow once it is.
        var heard = socket.ReceiveAsync(TimeSpan.FromSeconds(60));
        var warmUps = new Queue<string>(Sheets.Keys);
        var warmUpErrors = new List<JsonNode?>();
        do
        {
            warmUpErrors.Add((await SubmitAsync(1, warmUps.Dequeue()))["errors"]);
        }
        while (warmUps.Count > 0 && await Task.WhenAny(heard, Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken)) != heard);
        var firstPush = await heard;
        while (warmUps.Count > 0)
        {
            warmUpErrors.Add((await SubmitAsync(1, warmUps.Dequeue()))["errors"]);
        }

        // The measured push: the receive runs before the mutation is sent (a push that beats the HTTP response counts as
        // arriving at once), skips the warm-up pushes still on their way, and the clock runs from the response's arrival.
        var clock = Stopwatch.StartNew();
        var receiving = Task.Run(async () =>
        {
            while (true)
            {
                var message = await socket.ReceiveAsync(TimeSpan.FromSeconds(20));
                var e5 = message?["payload"]?["data"]?["onRankingChanged"]?["rows"]?.AsArray().FirstOrDefault(r => r!["entry"]!["id"]!.GetValue<string>() == entries["E5"]);
                if (message is null || e5?["result"]!["judgeCount"]!.GetValue<int>() == 3)
                {
                    return (Message: message, At: clock.Elapsed);
                }
            }
        });
        var last = await SubmitAsync(2, "E5");
        var respondedAt = clock.Elapsed;
        var (pushed, pushedAt) = await receiving;

        var organizerView = await scenario.Organizer.GraphQLAsync(Ranking, new { c = scenario.CampaignId, first = 3 });
        var secondPage = await scenario.Organizer.GraphQLAsync(
            Ranking, new { c = scenario.CampaignId, first = 3, after = organizerView["data"]!["ranking"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var judgeViewAfter = await judges[2].Client.GraphQLAsync(Ranking, new { c = scenario.CampaignId });
        var byScore = await scenario.Organizer.GraphQLAsync(
            "query($c: ID!) { entries(campaignId: $c, order: [{ field: SCORE, direction: DESC }], first: 10) { nodes { id result { rank } } } }", new { c = scenario.CampaignId });
        var byScoreForSubmitter = await citizen.GraphQLAsync(
            "query($c: ID!) { entries(campaignId: $c, order: [{ field: SCORE, direction: DESC }]) { totalCount } }", new { c = scenario.CampaignId });
        var sheetOfLast = await judges[2].Client.GraphQLAsync(
            "query($id: ID!) { node(id: $id) { ... on Assignment { status sheet { total submittedAt scores { criterionCode points comment } } } } }",
            new { id = AssignmentOf(2, "E5") });

        // Assert: access. Outsiders get FORBIDDEN; C sees only the rows of entries C has scored (E1–E4, not yet E5).
        Assert.Null(last["errors"]);
        Assert.Equal("FORBIDDEN", forbidden["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        // (Only A's and C's sheets are in at that point, so E3 (80 + 84) / 2 = 82 is above E2 (80 + 82) / 2 = 81.)
        Assert.Equal(
            new[] { entries["E1"], entries["E3"], entries["E2"], entries["E4"] },
            judgeViewBefore["data"]!["ranking"]!["nodes"]!.AsArray().Select(r => r!["entry"]!["id"]!.GetValue<string>()));
        Assert.Equal(5, judgeViewAfter["data"]!["ranking"]!["totalCount"]!.GetValue<int>());

        // The pushes: the warm-up was heard; the last sheet's push has the rows that changed, E5 going from 2 to 3
        // sheets, within a second of the mutation's response.
        Assert.All(warmUpErrors, Assert.Null);
        Assert.Equal(("next", "ranking"), (firstPush?["type"]?.GetValue<string>(), firstPush?["id"]?.GetValue<string>()));
        Assert.NotNull(pushed);
        Assert.True(pushedAt - respondedAt < TimeSpan.FromSeconds(1), $"push {(pushedAt - respondedAt).TotalMilliseconds:F0} ms after the response");
        Assert.Equal("next", pushed["type"]!.GetValue<string>());
        var change = pushed["payload"]!["data"]!["onRankingChanged"]!;
        Assert.Equal(scenario.CampaignId, change["campaignId"]!.GetValue<string>());
        var e5Pushed = change["rows"]!.AsArray().Single(r => r!["entry"]!["id"]!.GetValue<string>() == entries["E5"])!;
        Assert.Equal(3, e5Pushed["result"]!["judgeCount"]!.GetValue<int>());
        Assert.Equal(45m, e5Pushed["result"]!["rawScore"]!.GetValue<decimal>());

        // Raw scores (MEAN of the three totals) and spreads (max − min):
        //   E1 (90 + 86 + 88) / 3 = 88   spread 90 − 86 = 4
        //   E2 (80 + 78 + 82) / 3 = 80   spread 82 − 78 = 4
        //   E3 (80 + 76 + 84) / 3 = 80   spread 84 − 76 = 8
        //   E4 (85 + 55 + 70) / 3 = 70   spread 85 − 55 = 30 > 20 → disagreement
        //   E5 (50 + 40 + 45) / 3 = 45   spread 50 − 40 = 10; 45 < 50 → not passed
        // E2 and E3 tie at 80: NOVELTY means E2 (25 + 24 + 26) / 3 = 25 > E3 (22 + 24 + 26) / 3 = 24 → E2 ranks above E3.
        //
        // Normalized (z-score per judge; each judge has 5 sheets ≥ 3, so all are normalized), population sd:
        //   all 15 totals: mean G = 1089 / 15 = 72.6; variance = Σ(x − 72.6)² / 15 = 3893.6 / 15 = 259.5733…; sd S = 16.111280
        //   A 90,80,80,85,50: mean 77,   variance (169+9+9+64+729)/5 = 196,                       sd 14
        //   B 86,78,76,55,40: mean 67,   variance (361+121+81+144+729)/5 = 287.2,                 sd 16.946976
        //   C 88,82,84,70,45: mean 73.8, variance (201.64+67.24+104.04+14.44+829.44)/5 = 243.36, sd 15.6
        //   rescaled total = G + z × S, with z = (total − judge mean) / judge sd:
        //   E1: A z = 13/14 = 0.928571 → 87.560474; B z = 19/16.946976 = 1.121144 → 90.663064; C z = 14.2/15.6 = 0.910256 → 87.265396
        //       mean = 88.496311 → 88.50
        //   E2: A z = 3/14 = 0.214286 → 76.052417; B z = 11/16.946976 = 0.649083 → 83.057563; C z = 8.2/15.6 = 0.525641 → 81.068750
        //       mean = 80.059577 → 80.06
        //   E3: A 0.214286 → 76.052417; B z = 9/16.946976 = 0.531068 → 81.156188; C z = 10.2/15.6 = 0.653846 → 83.134298
        //       mean = 80.114301 → 80.11 (above E2 once normalized; the rank stays on the raw score)
        //   E4: A z = 8/14 = 0.571429 → 81.806446; B z = −12/16.946976 = −0.708091 → 61.191749; C z = −3.8/15.6 = −0.243590 → 68.675458
        //       mean = 70.557884 → 70.56
        //   E5: A z = −27/14 = −1.928571 → 41.528246; B z = −27/16.946976 = −1.593205 → 46.931435; C z = −28.8/15.6 = −1.846154 → 42.856099
        //       mean = 43.771927 → 43.77
        // Tiers in order over the ranking: Giải Nhất (quota 1, ≥ 85) → E1 (88); Giải Nhì (quota 2, ≥ 75) → E2, E3 (80);
        // Giấy khen (≥ 60) → E4 (70); E5 failed the pass threshold → none.
        var expected = new (string Entry, decimal Raw, decimal Normalized, decimal Spread, bool Disagreement, bool Passed, string? DecidedBy, string? Criterion, string? Tier)[]
        {
            ("E1", 88m, 88.50m, 4m, false, true, null, null, "Giải Nhất"),
            ("E2", 80m, 80.06m, 4m, false, true, "SCORE", null, "Giải Nhì"),
            ("E3", 80m, 80.11m, 8m, false, true, "CRITERION", "NOVELTY", "Giải Nhì"),
            ("E4", 70m, 70.56m, 30m, true, true, "SCORE", null, "Giấy khen"),
            ("E5", 45m, 43.77m, 10m, false, false, "SCORE", null, null),
        };
        var rows = organizerView["data"]!["ranking"]!["nodes"]!.AsArray().Concat(secondPage["data"]!["ranking"]!["nodes"]!.AsArray()).ToList();
        Assert.Equal(5, organizerView["data"]!["ranking"]!["totalCount"]!.GetValue<int>());
        Assert.True(organizerView["data"]!["ranking"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(secondPage["data"]!["ranking"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var (entry, raw, normalized, spread, disagreement, passed, decidedBy, criterion, tier) = expected[i];
            var row = rows[i]!;
            var result = row["result"]!;
            Assert.Equal(i + 1, row["rank"]!.GetValue<int>());
            Assert.Equal(entries[entry], row["entry"]!["id"]!.GetValue<string>());
            Assert.Equal(raw, result["rawScore"]!.GetValue<decimal>());
            Assert.Equal(normalized, result["normalizedScore"]!.GetValue<decimal>());
            Assert.Equal(spread, result["spread"]!.GetValue<decimal>());
            Assert.Equal(disagreement, result["disagreement"]!.GetValue<bool>());
            Assert.Equal(passed, result["passed"]!.GetValue<bool>());
            Assert.Equal(3, result["judgeCount"]!.GetValue<int>());
            Assert.Equal(i + 1, result["rank"]!.GetValue<int>());
            Assert.Equal(decidedBy, result["decidedBy"]?.GetValue<string>());
            Assert.Equal(criterion, result["decidingCriterion"]?.GetValue<string>());
            Assert.Equal(tier, result["tier"]?["name"]?.GetValue<string>());
            Assert.Equal("z-score per judge, min 3 sheets", result["normalizationMethod"]!.GetValue<string>());
        }

        // Entries by SCORE come in ranking order from the stored results; a submitter may not sort by score yet.
        Assert.Equal(
            expected.Select(e => entries[e.Entry]),
            byScore["data"]!["entries"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", byScoreForSubmitter["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The judge reads back their own locked sheet: 14 + 18 + 13 = 45.
        var sheet = sheetOfLast["data"]!["node"]!["sheet"]!;
        Assert.Equal("SCORED", sheetOfLast["data"]!["node"]!["status"]!.GetValue<string>());
        Assert.Equal(45m, sheet["total"]!.GetValue<decimal>());
        Assert.NotNull(sheet["submittedAt"]);
        Assert.Equal("Có thể nhân rộng.", sheet["scores"]!.AsArray().Single(s => s!["criterionCode"]!.GetValue<string>() == "SCOPE")!["comment"]!.GetValue<string>());
    }
}
