using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>Score sheets on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class ScoreSheetTestsOnSqlite(HostFixture fixture) : ScoreSheetTests(fixture);

/// <summary>Score sheets on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class ScoreSheetTestsOnPostgres(PostgresHostFixture fixture) : ScoreSheetTests(fixture);

public abstract class ScoreSheetTests(HostFixture fixture)
{
    [Fact]
    public async Task InvalidSheets_GetCodedErrors_AndChangeNothing_ValidSheetLocks_ChairReopens_JudgeResubmits()
    {
        // Arrange: one accepted entry in a JUDGING campaign, two judges assigned to it.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();
        await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var a = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var b = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, [a, b]));
        var assigned = await scenario.Organizer.MutateAsync(
            JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId = panel["panel"]!["id"]!.GetValue<string>(), judgesPerEntry = 2 } });
        var assignmentOfA = assigned["assignments"]!.AsArray().Single(x => x!["judge"]!["id"]!.GetValue<string>() == a.UserId)!["id"]!.GetValue<string>();
        object Sheet(decimal novelty, bool withScope = true) => new
        {
            input = new
            {
                assignmentId = assignmentOfA,
                comment = "Giải pháp thiết thực.",
                scores = withScope
                    ? new object[] { new { criterionCode = "NOVELTY", points = novelty }, new { criterionCode = "EFFECT", points = 35m }, new { criterionCode = "SCOPE", points = 25m } }
                    : [new { criterionCode = "NOVELTY", points = novelty }, new { criterionCode = "EFFECT", points = 35m }],
            },
        };

        // What an invalid sheet must leave alone: the judge's view of the assignment and its sheet, and the ranking.
        async Task<JsonObject> StateAsync()
        {
            var sheet = await a.Client.GraphQLAsync(
                "query($id: ID!) { node(id: $id) { ... on Assignment { status sheet { total comment submittedAt scores { criterionCode points } } } } }", new { id = assignmentOfA });
            var ranking = await scenario.Organizer.GraphQLAsync(
                "query($c: ID!) { ranking(campaignId: $c) { totalCount nodes { rank entry { id } result { rawScore judgeCount } } } }", new { c = scenario.CampaignId });
            return new JsonObject { ["assignment"] = sheet["data"]!["node"]!.DeepClone(), ["ranking"] = ranking["data"]!["ranking"]!.DeepClone() };
        }

        // Act
        var initial = await StateAsync();
        var aboveMax = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(31m));
        var afterAboveMax = await StateAsync();
        var missing = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(20m, withScope: false));
        var afterMissing = await StateAsync();
        var someoneElses = await b.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(20m));
        var afterSomeoneElses = await StateAsync();
        var untouched = await a.Client.GraphQLAsync(JudgingOperations.MyAssignments, new { c = scenario.CampaignId, s = new[] { "SCORED" } });
        var valid = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(20m));
        var afterValid = await StateAsync();
        var second = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(10m));
        var afterSecond = await StateAsync();
        var scored = await a.Client.GraphQLAsync(JudgingOperations.MyAssignments, new { c = scenario.CampaignId, s = new[] { "SCORED" } });
        var reopenByMember = await b.Client.MutateAsync(JudgingOperations.ReopenScoreSheet, "reopenScoreSheet", new { input = new { assignmentId = assignmentOfA, reason = "Xem lại" } });
        var reopenWithoutReason = await a.Client.MutateAsync(JudgingOperations.ReopenScoreSheet, "reopenScoreSheet", new { input = new { assignmentId = assignmentOfA, reason = " " } });
        var reopened = await a.Client.MutateAsync(
            JudgingOperations.ReopenScoreSheet, "reopenScoreSheet", new { input = new { assignmentId = assignmentOfA, reason = "Điểm tiêu chí Tính mới cần xem lại." } });
        var resubmitted = await a.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", Sheet(22m));

        // Assert
        Assert.Equal("SCORE_OUT_OF_RANGE", Code(aboveMax));
        Assert.Equal("MISSING_CRITERION", Code(missing));
        Assert.Equal("NOT_YOUR_ASSIGNMENT", Code(someoneElses));
        Assert.Null(aboveMax["assignment"]);
        Assert.Equal(0, untouched["data"]!["assignments"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("ASSIGNED", initial["assignment"]!["status"]!.GetValue<string>());
        Assert.Null(initial["assignment"]!["sheet"]);
        Assert.Equal(0, initial["ranking"]!["totalCount"]!.GetValue<int>());
        Assert.True(JsonNode.DeepEquals(initial, afterAboveMax), afterAboveMax.ToJsonString());
        Assert.True(JsonNode.DeepEquals(initial, afterMissing), afterMissing.ToJsonString());
        Assert.True(JsonNode.DeepEquals(initial, afterSomeoneElses), afterSomeoneElses.ToJsonString());
        Assert.Null(valid["errors"]);
        Assert.Equal("SCORED", valid["assignment"]!["status"]!.GetValue<string>());
        Assert.Equal("SHEET_ALREADY_SUBMITTED", Code(second));
        Assert.Null(second["assignment"]);

        // The first sheet stands: 20 + 35 + 25 = 80, and so does the ranking it produced.
        Assert.Equal(80m, afterValid["assignment"]!["sheet"]!["total"]!.GetValue<decimal>());
        Assert.Equal(80m, afterValid["ranking"]!["nodes"]![0]!["result"]!["rawScore"]!.GetValue<decimal>());
        Assert.True(JsonNode.DeepEquals(afterValid, afterSecond), afterSecond.ToJsonString());
        Assert.Equal(1, scored["data"]!["assignments"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("FORBIDDEN", Code(reopenByMember));
        Assert.Equal("VALIDATION", Code(reopenWithoutReason));
        Assert.Null(reopened["errors"]);
        Assert.Equal("ASSIGNED", reopened["assignment"]!["status"]!.GetValue<string>());
        Assert.Null(resubmitted["errors"]);
        Assert.Equal("SCORED", resubmitted["assignment"]!["status"]!.GetValue<string>());
    }

    private static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();
}
