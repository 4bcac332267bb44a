using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>
/// A council of five over twenty entries, end to end through HTTP: automatic assignment, a declared conflict and its
/// reassignment, blind review, every sheet, one sheet reopened by the chair, and the ranking against hand arithmetic.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PanelOfFiveTests(HostFixture fixture)
{
    private const string Ranking = """
        query($c: ID!) {
          ranking(campaignId: $c, first: 50) {
            totalCount
            nodes { rank entry { id } result { rawScore normalizedScore judgeCount spread disagreement rank passed decidedBy tier { name } } }
          }
        }
        """;

    private const string EntryView = """
        query($id: ID!) { node(id: $id) { ... on Entry { id title authors { fullName } organization { id name } } } }
        """;

    // Judges A (chair), B (vice chair), C, D, E. Most entries were written by the judges themselves (civil servants of
    // the ward), so the submitter is conflicted automatically; X comes from a residential group, with no judge behind it.
    //
    // Every judge marks an entry at its "merit" T plus the judge's own leniency o, so each sheet total is T + o:
    //   o: A −9, B −4, C −5, D +6, E +11.
    // T = 65 + d, with the d of each submitter's entries chosen so that every judge's set of totals has the same spread:
    //   A1..A4 d −16, −4, 0, 20        B1..B4 d −20, 0, 4, 16      C1..C4 d −2, 4, 10, 12
    //   D1..D4 d −16, −4, 0, 20        E1..E3 d −18, 6, 12         X d −24
    // Σd = 0 within A, B, D, E and within C together with X; Σd² = 4 × 168 for A, B, D, 3 × 168 for E, 5 × 168 for C + X.
    private static readonly Dictionary<string, decimal> Leniency = new() { ["A"] = -9, ["B"] = -4, ["C"] = -5, ["D"] = 6, ["E"] = 11 };

    private static readonly Dictionary<string, int[]> Merit = new()
    {
        ["A"] = [-16, -4, 0, 20],
        ["B"] = [-20, 0, 4, 16],
        ["C"] = [-2, 4, 10, 12],
        ["D"] = [-16, -4, 0, 20],
        ["E"] = [-18, 6, 12],
    };

    private const int XMerit = -24;

    private static readonly string[] Letters = ["A", "B", "C", "D", "E"];

    [Fact]
    public async Task FiveJudgesTwentyEntries_AssignConflictBlindScoreReopen_RankingAndTiersMatchHandArithmetic()
    {
        // Arrange: a blind-review campaign; five judges, four entries each from A–D, three from E, one unit nomination X.
        var scenario = await CampaignScenario.CreateAsync(fixture, blindReview: true);
        var judges = new Dictionary<string, JudgeAccount>();
        foreach (var letter in Letters)
        {
            judges[letter] = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        }

        var entries = new Dictionary<string, string>();
        var submitterOf = new Dictionary<string, string>();
        var meritOf = new Dictionary<string, int>();
        foreach (var letter in Letters)
        {
            for (var i = 0; i < Merit[letter].Length; i++)
            {
                var name = $"{letter}{i + 1}";
                entries[name] = await SubmitAndAcceptAsync(scenario, judges[letter].Client, EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title: $"Sáng kiến {name}"));
                submitterOf[name] = letter;
                meritOf[name] = Merit[letter][i];
            }
        }

        var group = await Organizations.OrganizationScenario.CreateAsync(scenario.Organizations.Admin, "Tổ dân phố số 5", "RESIDENTIAL_GROUP", scenario.Organizations.WardAId);
        var groupStaff = await scenario.Organizations.UserWithRoleAsync(fixture, "STAFF", group);
        entries["X"] = await SubmitAndAcceptAsync(scenario, groupStaff, Nomination(scenario, group));
        meritOf["X"] = XMerit;
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, [.. Letters.Select(l => judges[l])]));
        var panelId = panel["panel"]!["id"]!.GetValue<string>();
        var letterOf = Letters.ToDictionary(l => judges[l].UserId);
        var nameOf = entries.ToDictionary(e => e.Value, e => e.Key);

        // Act 1: four judges per entry.
        var assigned = await scenario.Organizer.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = 4 } });

        // Assert 1: the assignment is forced. An entry by a judge has exactly the four other judges. From those 19 entries
        // A–D have 15 each and E (three entries of their own) 16; X needs four of five and loads within one leave only
        // A, B, C, D for it: every judge ends with 16, no judge on an entry they submitted.
        var before = Pairs(assigned, letterOf, nameOf);
        foreach (var (name, submitter) in submitterOf)
        {
            Assert.Equal(Letters.Where(l => l != submitter), before[name]);
        }

        Assert.Equal(["A", "B", "C", "D"], before["X"]);
        Assert.All(Letters, l => Assert.Equal(16, before.Values.Count(js => js.Contains(l))));

        // Act 2: C declares a conflict with X; C then tries to open and to score it; the organizer re-runs the assignment.
        var assignmentOfCOnX = AssignmentId(assigned, judges["C"].UserId, entries["X"]);
        var declared = await judges["C"].Client.MutateAsync(
            JudgingOperations.DeclareConflict, "declareConflict", new { input = new { entryId = entries["X"], reason = "Tôi là thành viên Ban điều hành Tổ dân phố số 5." } });
        var seenByC = await judges["C"].Client.GraphQLAsync(EntryView, new { id = entries["X"] });
        var scoredByC = await judges["C"].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(assignmentOfCOnX, 60));
        var rerun = await scenario.Organizer.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = 4 } });

        // Assert 2: only the pair (X, C) changed: E, the one judge free for X, replaces C. Every other entry already has
        // all four judges who may score it, so nothing can move and the loads end 16, 16, 15, 16, 17.
        Assert.Null(declared["errors"]);
        Assert.Equal("CONFLICT", declared["assignment"]!["status"]!.GetValue<string>());
        Assert.Null(seenByC["data"]!["node"]);
        Assert.Equal("CONFLICT_OF_INTEREST", scoredByC["errors"]![0]!["code"]!.GetValue<string>());
        var after = Pairs(rerun, letterOf, nameOf);
        Assert.Equal(["A", "B", "D", "E"], after["X"]);
        Assert.All(submitterOf.Keys, name => Assert.Equal(before[name], after[name]));
        Assert.Equal([16, 16, 15, 16, 17], Letters.Select(l => after.Values.Count(js => js.Contains(l))));

        // Act 3: blind review. A is assigned to X; the organizer sees everything.
        var seenByJudge = await judges["A"].Client.GraphQLAsync(EntryView, new { id = entries["X"] });
        var seenByOrganizer = await scenario.Organizer.GraphQLAsync(EntryView, new { id = entries["X"] });

        // Assert 3
        Assert.Equal("Mô hình phân loại rác tại nguồn của Tổ dân phố số 5", seenByJudge["data"]!["node"]!["title"]!.GetValue<string>());
        Assert.Null(seenByJudge["data"]!["node"]!["authors"]);
        Assert.Null(seenByJudge["data"]!["node"]!["organization"]);
        Assert.Equal("Tổ dân phố số 5", seenByOrganizer["data"]!["node"]!["organization"]!["name"]!.GetValue<string>());
        Assert.Equal(["Nguyễn Thị Hoa", "Lê Văn Bình"], seenByOrganizer["data"]!["node"]!["authors"]!.AsArray().Select(a => a!["fullName"]!.GetValue<string>()));

        // Act 4: every live assignment gets its sheet, total T + o; B first enters 71 instead of 81 on A4.
        foreach (var (name, letters) in after)
        {
            foreach (var letter in letters)
            {
                var total = 65 + meritOf[name] + Leniency[letter];
                var submitted = await judges[letter].Client.MutateAsync(
                    JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(AssignmentId(rerun, judges[letter].UserId, entries[name]), (name, letter) == ("A4", "B") ? 71 : total));
                Assert.Null(submitted["errors"]);
            }
        }

        var withMistake = await scenario.Organizer.GraphQLAsync(Ranking, new { c = scenario.CampaignId });
        var assignmentOfBOnA4 = AssignmentId(rerun, judges["B"].UserId, entries["A4"]);
        var reopened = await judges["A"].Client.MutateAsync(
            JudgingOperations.ReopenScoreSheet, "reopenScoreSheet", new { input = new { assignmentId = assignmentOfBOnA4, reason = "Điểm Hiệu quả nhập thiếu 10 điểm so với biên bản." } });
        var resubmitted = await judges["B"].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(assignmentOfBOnA4, 81));
        var final = await scenario.Organizer.GraphQLAsync(Ranking, new { c = scenario.CampaignId });

        // Assert 4: with B's 71, A4 is (71 + 80 + 91 + 96) / 4 = 84.5: first but under Giải Nhất's 85, so that tier stays
        // empty and A4 takes Giải Nhì. After the reopened sheet is resubmitted with 81, A4 is 348 / 4 = 87.
        var a4Before = Row(withMistake, entries["A4"]);
        Assert.Equal(84.5m, a4Before["result"]!["rawScore"]!.GetValue<decimal>());
        Assert.Equal("Giải Nhì", a4Before["result"]!["tier"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(Rows(withMistake), r => r["result"]!["tier"]?["name"]?.GetValue<string>() == "Giải Nhất");
        Assert.Null(reopened["errors"]);
        Assert.Equal("ASSIGNED", reopened["assignment"]!["status"]!.GetValue<string>());
        Assert.Null(resubmitted["errors"]);

        // Raw score = T + mean leniency of the entry's four judges:
        //   by A (B, C, D, E): (−4 − 5 + 6 + 11) / 4 = +2      by B (A, C, D, E): (−9 − 5 + 6 + 11) / 4 = +0.75
        //   by C (A, B, D, E): (−9 − 4 + 6 + 11) / 4 = +1      by D (A, B, C, E): (−9 − 4 − 5 + 11) / 4 = −1.75
        //   by E (A, B, C, D): (−9 − 4 − 5 + 6) / 4 = −3       X (A, B, D, E):   (−9 − 4 + 6 + 11) / 4 = +1
        // Spread = highest − lowest leniency among the four: by A 11 − (−5) = 16, by E 6 − (−9) = 15, otherwise
        // 11 − (−9) = 20, which is the threshold and not above it: no disagreement.
        //
        // Normalization. Each judge's totals are T + o over the entries they scored, i.e. all twenty minus their own (C
        // also minus X): Σd over them is 0 and Σd² is 20 × 168 minus what was left out, so every judge has mean 65 + o
        // and population variance 168 (A: (3360 − 672) / 16; C: (3360 − 840) / 15; E: (3360 − 504) / 17), and
        // z = d / √168 whatever the judge. All 80 totals: sheets per judge A 16, B 16, C 15, D 16, E 17, so
        // Σ(n × o) = −144 − 64 − 75 + 96 + 187 = 0 → mean G = 65; variance = 168 + Σ(n × o²) / 80
        // = 168 + (1296 + 256 + 375 + 576 + 2057) / 80 = 168 + 57 = 225 → S = 15.
        // Every judge's rescaled total is G + z × S = 65 + d × 15 / √168 = 65 + d × 1.1572751, so that is the entry's:
        //   d 20 → 88.1455025   16 → 83.5164020   12 → 78.8873015   10 → 76.5727512   6 → 71.9436507
        //   d  4 → 69.6291005    0 → 65           −2 → 62.6854498   −4 → 60.3708995  −16 → 46.4835980
        //   d −18 → 44.1690478 −20 → 41.8544975  −24 → 37.2253970
        //
        // Ranking by raw score; tiers in order: Giải Nhất (1, ≥ 85), Giải Nhì (2, ≥ 75), Giấy khen (5, ≥ 60); pass 50.
        var expected = new (string Entry, decimal Raw, decimal Normalized, decimal Spread, bool Passed, string? Tier)[]
        {
            ("A4", 87m, 88.15m, 16m, true, "Giải Nhất"),     // 85 + 2
            ("D4", 83.25m, 88.15m, 20m, true, "Giải Nhì"),   // 85 − 1.75
            ("B4", 81.75m, 83.52m, 20m, true, "Giải Nhì"),   // 81 + 0.75
            ("C4", 78m, 78.89m, 20m, true, "Giấy khen"),     // 77 + 1
            ("C3", 76m, 76.57m, 20m, true, "Giấy khen"),     // 75 + 1
            ("E3", 74m, 78.89m, 15m, true, "Giấy khen"),     // 77 − 3
            ("C2", 70m, 69.63m, 20m, true, "Giấy khen"),     // 69 + 1
            ("B3", 69.75m, 69.63m, 20m, true, "Giấy khen"),  // 69 + 0.75, the fifth and last Giấy khen
            ("E2", 68m, 71.94m, 15m, true, null),            // 71 − 3, quotas used up
            ("A3", 67m, 65m, 16m, true, null),               // 65 + 2
            ("B2", 65.75m, 65m, 20m, true, null),            // 65 + 0.75
            ("C1", 64m, 62.69m, 20m, true, null),            // 63 + 1
            ("D3", 63.25m, 65m, 20m, true, null),            // 65 − 1.75
            ("A2", 63m, 60.37m, 16m, true, null),            // 61 + 2
            ("D2", 59.25m, 60.37m, 20m, true, null),         // 61 − 1.75
            ("A1", 51m, 46.48m, 16m, true, null),            // 49 + 2, at or above the pass threshold 50
            ("D1", 47.25m, 46.48m, 20m, false, null),        // 49 − 1.75
            ("B1", 45.75m, 41.85m, 20m, false, null),        // 45 + 0.75
            ("E1", 44m, 44.17m, 15m, false, null),           // 47 − 3
            ("X", 42m, 37.23m, 20m, false, null),            // 41 + 1
        };
        var rows = Rows(final);
        Assert.Equal(20, final["data"]!["ranking"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(expected.Select(e => e.Entry), rows.Select(r => nameOf[r["entry"]!["id"]!.GetValue<string>()]));
        for (var i = 0; i < expected.Length; i++)
        {
            var (entry, raw, normalized, spread, passed, tier) = expected[i];
            var result = rows[i]["result"]!;
            Assert.Equal(i + 1, rows[i]["rank"]!.GetValue<int>());
            Assert.Equal((entry, raw), (entry, result["rawScore"]!.GetValue<decimal>()));
            Assert.Equal((entry, normalized), (entry, result["normalizedScore"]!.GetValue<decimal>()));
            Assert.Equal((entry, spread), (entry, result["spread"]!.GetValue<decimal>()));
            Assert.Equal((entry, passed), (entry, result["passed"]!.GetValue<bool>()));
            Assert.Equal((entry, tier), (entry, result["tier"]?["name"]?.GetValue<string>()));
            Assert.False(result["disagreement"]!.GetValue<bool>());
            Assert.Equal(4, result["judgeCount"]!.GetValue<int>());
            Assert.Equal(i == 0 ? null : "SCORE", result["decidedBy"]?.GetValue<string>());
        }
    }

    private static async Task<string> SubmitAndAcceptAsync(CampaignScenario scenario, ApiClient submitter, object input)
    {
        var created = await submitter.MutateAsync(EntryOperations.Create, "createEntry", input);
        var entryId = created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
        await submitter.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        var screened = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
        Assert.Equal("ACCEPTED", screened["entry"]!["status"]!.GetValue<string>());
        return entryId;
    }

    private static object Nomination(CampaignScenario scenario, string organizationId) => new
    {
        input = new
        {
            campaignId = scenario.CampaignId,
            categoryId = scenario.CategoryId,
            kind = "MODEL_PRACTICE",
            submitterKind = "COLLECTIVE",
            organizationId,
            title = "Mô hình phân loại rác tại nguồn của Tổ dân phố số 5",
            description = "Các hộ phân loại rác hữu cơ để ủ phân bón cho vườn rau chung của tổ.",
            authors = new object[]
            {
                new { fullName = "Nguyễn Thị Hoa", position = "Tổ trưởng", contributionPercent = 50 },
                new { fullName = "Lê Văn Bình", position = "Tổ phó", contributionPercent = 50 },
            },
        },
    };

    /// <summary>A sheet whose points add up to <paramref name="total"/>: about 40% on EFFECT, the rest split evenly.</summary>
    private static object Sheet(string assignmentId, decimal total)
    {
        var effect = Math.Round(total * 0.4m, MidpointRounding.AwayFromZero);
        var novelty = Math.Floor((total - effect) / 2);
        return new
        {
            input = new
            {
                assignmentId,
                scores = new object[]
                {
                    new { criterionCode = "NOVELTY", points = novelty },
                    new { criterionCode = "EFFECT", points = effect },
                    new { criterionCode = "SCOPE", points = total - effect - novelty },
                },
            },
        };
    }

    /// <summary>Entry name → letters of its live (not conflicted) judges, in A–E order.</summary>
    private static Dictionary<string, string[]> Pairs(JsonObject payload, Dictionary<string, string> letterOf, Dictionary<string, string> nameOf) =>
        payload["assignments"]!.AsArray()
            .Where(a => a!["status"]!.GetValue<string>() != "CONFLICT")
            .GroupBy(a => nameOf[a!["entry"]!["id"]!.GetValue<string>()])
            .ToDictionary(g => g.Key, g => g.Select(a => letterOf[a!["judge"]!["id"]!.GetValue<string>()]).Order(StringComparer.Ordinal).ToArray());

    private static string AssignmentId(JsonObject payload, string judgeId, string entryId) =>
        payload["assignments"]!.AsArray()
            .Single(a => a!["judge"]!["id"]!.GetValue<string>() == judgeId && a["entry"]!["id"]!.GetValue<string>() == entryId)!["id"]!.GetValue<string>();

    private static List<JsonNode> Rows(JsonObject ranking) => [.. ranking["data"]!["ranking"]!["nodes"]!.AsArray().Select(r => r!)];

    private static JsonNode Row(JsonObject ranking, string entryId) => Rows(ranking).Single(r => r["entry"]!["id"]!.GetValue<string>() == entryId);
}
