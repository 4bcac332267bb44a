using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>The ranking the judging grain maintains sheet by sheet, on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class IncrementalRankingTestsOnSqlite(HostFixture fixture) : IncrementalRankingTests(fixture);

/// <summary>The ranking the judging grain maintains sheet by sheet, on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class IncrementalRankingTestsOnPostgres(PostgresHostFixture fixture) : IncrementalRankingTests(fixture);

public abstract class IncrementalRankingTests(HostFixture fixture)
{
    private const string Ranking = """
        query($c: ID!) {
          ranking(campaignId: $c, first: 50) {
            totalCount
            nodes { rank entry { title } result { rawScore normalizedScore judgeCount spread disagreement rank passed decidedBy decidingCriterion normalizationMethod tier { name } } }
          }
        }
        """;

    // Six entries, three judges each: points (NOVELTY /30, EFFECT /40, SCOPE /30) vary per judge so that the per-judge
    // normalization moves other entries when a judge's sheet changes.
    private static readonly decimal[][][] Points =
    [
        [[28, 36, 26], [26, 34, 26], [27, 35, 26]],
        [[25, 32, 23], [24, 31, 23], [26, 32, 24]],
        [[22, 33, 25], [24, 30, 22], [26, 34, 24]],
        [[27, 34, 24], [15, 25, 15], [22, 28, 20]],
        [[15, 20, 15], [12, 16, 12], [14, 18, 13]],
        [[20, 30, 20], [29, 38, 28], [18, 22, 19]],
    ];

    [Fact]
    public async Task SheetsInRandomOrderWithRejectedAndReopenedSheets_RankingEqualsTheSameSheetsSentInOrder()
    {
        // Arrange: two identical campaigns; the first gets every sheet once, in order.
        var inOrder = await JudgedCampaignAsync();
        foreach (var (entry, judge) in Pairs())
        {
            Assert.Null((await inOrder.SubmitAsync(entry, judge, Points[entry][judge]))["errors"]);
        }

        // Act: the second gets them in a seeded random order, with a rejected sheet (its write never happens) before
        // each valid one, and a third of the sheets first sent with other points, reopened by the chair and sent again.
        var shuffled = await JudgedCampaignAsync();
        var random = new Random(20_000);
        var rejected = new List<JsonNode?>();
        foreach (var (entry, judge) in Pairs().OrderBy(_ => random.Next()).ToList())
        {
            rejected.Add((await shuffled.SubmitAsync(entry, judge, [31, 0, 0]))["errors"]);
            if (random.Next(3) == 0)
            {
                Assert.Null((await shuffled.SubmitAsync(entry, judge, [5, 5, 5]))["errors"]);
                var reopened = await shuffled.Judges[0].Client.MutateAsync(
                    JudgingOperations.ReopenScoreSheet, "reopenScoreSheet", new { input = new { assignmentId = shuffled.Assignment(entry, judge), reason = "Chấm lại theo biên bản." } });
                Assert.Null(reopened["errors"]);
            }

            Assert.Null((await shuffled.SubmitAsync(entry, judge, Points[entry][judge]))["errors"]);
        }

        // Assert: the same ranking row for row, every entry with its three sheets.
        Assert.All(rejected, e => Assert.Equal("SCORE_OUT_OF_RANGE", e!.AsArray()[0]!["code"]!.GetValue<string>()));
        var expected = await inOrder.RankingAsync();
        var actual = await shuffled.RankingAsync();
        Assert.Equal(6, expected["totalCount"]!.GetValue<int>());
        Assert.All(expected["nodes"]!.AsArray(), r => Assert.Equal(3, r!["result"]!["judgeCount"]!.GetValue<int>()));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{expected.ToJsonString()}\n{actual.ToJsonString()}");
    }

    private static IEnumerable<(int Entry, int Judge)> Pairs() =>
        Enumerable.Range(0, Points.Length).SelectMany(e => Enumerable.Range(0, 3).Select(j => (e, j)));

    private async Task<Judged> JudgedCampaignAsync()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var entries = new List<string>();
        for (var i = 0; i < Points.Length; i++)
        {
            var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title: $"Sáng kiến số {i + 1}"));
            var entryId = created["entry"]!["id"]!.GetValue<string>();
            await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
            await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
            entries.Add(entryId);
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
        return new Judged(scenario, entries, judges, assigned["assignments"]!.AsArray());
    }

    private sealed record Judged(CampaignScenario Scenario, List<string> Entries, List<JudgeAccount> Judges, JsonArray Assignments)
    {
        public string Assignment(int entry, int judge) =>
            Assignments.Single(a => a!["judge"]!["id"]!.GetValue<string>() == Judges[judge].UserId && a["entry"]!["id"]!.GetValue<string>() == Entries[entry])!["id"]!.GetValue<string>();

        public Task<JsonObject> SubmitAsync(int entry, int judge, decimal[] points) =>
            Judges[judge].Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new
            {
                input = new
                {
                    assignmentId = Assignment(entry, judge),
                    scores = new object[]
                    {
                        new { criterionCode = "NOVELTY", points = points[0] },
                        new { criterionCode = "EFFECT", points = points[1] },
                        new { criterionCode = "SCOPE", points = points[2] },
                    },
                },
            });

        public async Task<JsonNode> RankingAsync() =>
            (await Scenario.Organizer.GraphQLAsync(Ranking, new { c = Scenario.CampaignId }))["data"]!["ranking"]!;
    }
}
