using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Organizations;

namespace InitiativeHub.Host.Tests.Campaigns;

/// <summary>Organizers edit their campaigns through updateCampaign, within what the phase allows.</summary>
[Collection(HostCollection.Name)]
public sealed class CampaignEditTests(HostFixture fixture)
{
    public const string UpdateCampaign = """
        mutation($input: UpdateCampaignInput!) {
          updateCampaign(input: $input) {
            campaign { id title kind phase themes submissionOpensAt submissionClosesAt categories { id name } rubric { aggregation criteria { code maxPoints } } awardTiers { name quota } maxAttachmentBytes }
            errors { code message field }
          }
        }
        """;

    private const string CampaignQuery = """
        query($id: ID!) { node(id: $id) { ... on Campaign { title submissionClosesAt rubric { aggregation criteria { code maxPoints } } categories { name } } } }
        """;

    [Fact]
    public async Task UpdateCampaign_Draft_ChangesTheGivenFieldsOnly()
    {
        // Arrange
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var organizer = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var now = DateTimeOffset.UtcNow;
        var created = await organizer.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign",
            new { input = CampaignScenario.Input(organizations.WardAId, now.AddDays(1), now.AddDays(30)) });
        var campaign = created["campaign"]!;
        var categories = campaign["categories"]!.AsArray();

        // Act: new title and kind, one category renamed and one added, a new rubric and one tier.
        var payload = await organizer.MutateAsync(UpdateCampaign, "updateCampaign", new
        {
            input = new
            {
                campaignId = campaign["id"]!.GetValue<string>(),
                title = "Cuộc thi ý tưởng sáng tạo phường Trần Hưng Đạo năm 2026",
                kind = "CONTEST",
                categories = new object[]
                {
                    new { id = categories[0]!["id"]!.GetValue<string>(), name = "Cải cách thủ tục hành chính" },
                    new { name = "Môi trường" },
                },
                criteria = new object[] { new { code = "IDEA", name = "Ý tưởng", maxPoints = 60 }, new { code = "PLAN", name = "Kế hoạch thực hiện", maxPoints = 40 } },
                tieBreak = new[] { "IDEA" },
                awardTiers = new object[] { new { name = "Giải Nhất", form = "PRIZE", quota = 3 } },
            },
        });

        // Assert
        Assert.Null(payload["errors"]);
        var updated = payload["campaign"]!;
        Assert.Equal("Cuộc thi ý tưởng sáng tạo phường Trần Hưng Đạo năm 2026", updated["title"]!.GetValue<string>());
        Assert.Equal("CONTEST", updated["kind"]!.GetValue<string>());
        Assert.Equal(["Cải cách thủ tục hành chính", "Môi trường"], updated["categories"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(categories[0]!["id"]!.GetValue<string>(), updated["categories"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(["IDEA", "PLAN"], updated["rubric"]!["criteria"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(3, updated["awardTiers"]![0]!["quota"]!.GetValue<int>());
        Assert.Equal(["Chuyển đổi số", "Cải cách hành chính"], updated["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(campaign["submissionClosesAt"]!.GetValue<string>(), updated["submissionClosesAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCampaign_ExtendsTheWindowWhileOpen_CitizenSubmitsAfterTheOldDeadline()
    {
        // Arrange: an open campaign whose deadline is seconds away, and a citizen's draft.
        var closesIn = TimeSpan.FromSeconds(4);
        var scenario = await CampaignScenario.CreateAsync(fixture, closesIn: closesIn);
        var oldDeadlineAtMost = DateTimeOffset.UtcNow + closesIn;
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"gia-han.{Guid.NewGuid():N}@example.vn");
        var created = await citizen.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(scenario.CampaignId, scenario.CategoryId));
        var entryId = created["entry"]!["id"]!.GetValue<string>();
        await WaitUntilAsync(oldDeadlineAtMost.AddSeconds(1));
        var late = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });

        // Act
        var newDeadline = DateTimeOffset.UtcNow.AddDays(7);
        var extended = await scenario.Organizer.MutateAsync(UpdateCampaign, "updateCampaign",
            new { input = new { campaignId = scenario.CampaignId, submissionClosesAt = newDeadline.ToString("O") } });
        var submitted = await citizen.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });

        // Assert
        Assert.Equal("DEADLINE_PASSED", late["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(extended["errors"]);
        Assert.Equal(newDeadline.ToUnixTimeSeconds(), DateTimeOffset.Parse(extended["campaign"]!["submissionClosesAt"]!.GetValue<string>(), null).ToUnixTimeSeconds());
        Assert.Null(submitted["errors"]);
        Assert.Equal("SUBMITTED", submitted["entry"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateCampaign_RubricInJudging_IsLocked_AndNothingChanges()
    {
        // Arrange: the campaign moved on to judging.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            var moved = await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
            Assert.Equal(phase, moved["campaign"]!["phase"]!.GetValue<string>());
        }

        var before = await scenario.Organizer.GraphQLAsync(CampaignQuery, new { id = scenario.CampaignId });

        // Act: a title change (allowed alone) together with a rubric change (locked).
        var payload = await scenario.Organizer.MutateAsync(UpdateCampaign, "updateCampaign", new
        {
            input = new
            {
                campaignId = scenario.CampaignId,
                title = "Tên mới của phong trào",
                aggregation = "MEDIAN",
                criteria = new object[] { new { code = "NOVELTY", name = "Tính mới", maxPoints = 100 } },
            },
        });
        var after = await scenario.Organizer.GraphQLAsync(CampaignQuery, new { id = scenario.CampaignId });

        // Assert
        Assert.Null(payload["campaign"]);
        Assert.Equal("CAMPAIGN_FIELD_LOCKED", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("rubric", payload["errors"]![0]!["field"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(before["data"], after["data"]), after.ToJsonString());
    }

    [Fact]
    public async Task UpdateCampaign_AnotherWardsOrganizer_IsForbidden()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var organizerB = await scenario.Organizations.UserWithRoleAsync(fixture, "ORGANIZER", scenario.Organizations.WardBId);

        var payload = await organizerB.MutateAsync(UpdateCampaign, "updateCampaign",
            new { input = new { campaignId = scenario.CampaignId, title = "Phong trào của phường khác" } });
        var after = await scenario.Organizer.GraphQLAsync(CampaignQuery, new { id = scenario.CampaignId });

        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(payload["campaign"]);
        Assert.Equal("Phong trào thi đua đổi mới sáng tạo chào mừng Ngày 21/4", after["data"]!["node"]!["title"]!.GetValue<string>());
    }

    private static async Task WaitUntilAsync(DateTimeOffset moment)
    {
        var wait = moment - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, TestContext.Current.CancellationToken);
        }
    }
}
