using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;

namespace InitiativeHub.Host.Tests.Judging;

[Collection(HostCollection.Name)]
public sealed class AssignmentTests(HostFixture fixture)
{
    [Fact]
    public async Task FiveJudgesOverTwentyEntries_Balanced_DeclaredConflictReassigned_BlindFieldsHidden()
    {
        // Arrange: a blind-review campaign, twenty accepted entries from four citizens, five judges on one panel.
        var scenario = await CampaignScenario.CreateAsync(fixture, blindReview: true);
        var entryIds = new List<string>();
        for (var c = 0; c < 4; c++)
        {
            var citizen = fixture.CreateClient();
            await citizen.SignUpAsync($"cong.dan.{c}.{Guid.NewGuid():N}@example.vn");
            for (var i = 0; i < 5; i++)
            {
                var created = await citizen.MutateAsync(
                    EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId, title: $"Sáng kiến số {(c * 5) + i + 1}"));
                var entryId = created["entry"]!["id"]!.GetValue<string>();
                await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
                var screened = await scenario.Organizer.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
                Assert.Equal("ACCEPTED", screened["entry"]!["status"]!.GetValue<string>());
                entryIds.Add(entryId);
            }
        }

        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            var moved = await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
            Assert.Equal(phase, moved["campaign"]!["phase"]!.GetValue<string>());
        }

        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 5; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges));
        var panelId = panel["panel"]!["id"]!.GetValue<string>();

        // Act: assign automatically, then the first judge declares a conflict with their first entry.
        var assigned = await scenario.Organizer.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId } });
        var rerun = await scenario.Organizer.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = 2 } });
        var first = judges[0];
        var conflictedEntry = Live(assigned).First(a => a.Judge == first.UserId).Entry;
        var declared = await first.Client.MutateAsync(
            JudgingOperations.DeclareConflict, "declareConflict", new { input = new { entryId = conflictedEntry, reason = "Tác giả là người thân của tôi." } });
        var after = await scenario.Organizer.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId } });
        var seenByConflicted = await first.Client.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = conflictedEntry });
        var other = judges[1];
        var otherEntry = Live(after).First(a => a.Judge == other.UserId).Entry;
        const string EntryQuery = "query($id: ID!) { node(id: $id) { ... on Entry { id title authors { fullName } organization { id } } } }";
        var seenByJudge = await other.Client.GraphQLAsync(EntryQuery, new { id = otherEntry });
        var seenByOrganizer = await scenario.Organizer.GraphQLAsync(EntryQuery, new { id = otherEntry });
        var unassigned = entryIds.First(e => Live(after).All(a => a.Entry != e || a.Judge != other.UserId));
        var notAssigned = await other.Client.GraphQLAsync(EntryQuery, new { id = unassigned });
        var mine = await other.Client.GraphQLAsync(JudgingOperations.MyAssignments, new { c = scenario.CampaignId, s = new[] { "ASSIGNED" } });
        var firstConflicts = await first.Client.GraphQLAsync(JudgingOperations.MyAssignments, new { c = scenario.CampaignId, s = new[] { "CONFLICT" } });

        // Assert: two judges per entry, loads within one, nothing moved by a re-run.
        Assert.Null(assigned["errors"]);
        AssertBalanced(Live(assigned), entryIds, judges);
        Assert.Equal(Keys(assigned), Keys(rerun));

        // The conflict: recorded, the judge off the entry, the entry still has two judges, loads still within one.
        Assert.Null(declared["errors"]);
        Assert.Equal("CONFLICT", declared["assignment"]!["status"]!.GetValue<string>());
        var live = Live(after);
        AssertBalanced(live, entryIds, judges);
        Assert.DoesNotContain(live, a => a.Entry == conflictedEntry && a.Judge == first.UserId);
        Assert.Null(seenByConflicted["data"]!["node"]);
        Assert.Equal(1, firstConflicts["data"]!["assignments"]!["totalCount"]!.GetValue<int>());

        // Blind review: the judge sees the entry without its authors or unit; the organizer sees them.
        Assert.NotNull(seenByJudge["data"]!["node"]!["title"]);
        Assert.Null(seenByJudge["data"]!["node"]!["authors"]);
        Assert.Null(seenByJudge["data"]!["node"]!["organization"]);
        Assert.Equal(2, seenByOrganizer["data"]!["node"]!["authors"]!.AsArray().Count);
        Assert.Null(notAssigned["data"]!["node"]);
        Assert.Equal(live.Count(a => a.Judge == other.UserId), mine["data"]!["assignments"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AssignJudges_ByAJudge_IsForbidden_AndDeclareConflict_OnSomeoneElsesEntry_IsNotYourAssignment()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var judge = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, [judge]));
        var panelId = panel["panel"]!["id"]!.GetValue<string>();
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"cong.dan.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();

        var byJudge = await judge.Client.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId } });
        var declared = await judge.Client.MutateAsync(JudgingOperations.DeclareConflict, "declareConflict", new { input = new { entryId, reason = "Người quen" } });

        Assert.Equal("FORBIDDEN", byJudge["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_YOUR_ASSIGNMENT", declared["errors"]![0]!["code"]!.GetValue<string>());
    }

    private static List<(string Entry, string Judge, string Status)> Live(JsonNode payload) =>
        payload["assignments"]!.AsArray()
            .Select(a => (a!["entry"]!["id"]!.GetValue<string>(), a["judge"]!["id"]!.GetValue<string>(), a["status"]!.GetValue<string>()))
            .Where(a => a.Item3 != "CONFLICT")
            .ToList();

    private static List<string> Keys(JsonNode payload) =>
        Live(payload).Select(a => $"{a.Entry}/{a.Judge}").Order(StringComparer.Ordinal).ToList();

    private static void AssertBalanced(List<(string Entry, string Judge, string Status)> live, List<string> entryIds, List<JudgeAccount> judges)
    {
        Assert.Equal(40, live.Count);
        Assert.All(entryIds, e => Assert.Equal(2, live.Where(a => a.Entry == e).Select(a => a.Judge).Distinct().Count()));
        var loads = judges.Select(j => live.Count(a => a.Judge == j.UserId)).ToList();
        Assert.True(loads.Max() - loads.Min() <= 1, string.Join(",", loads));
    }
}
