using InitiativeHub.Host.Tests.Campaigns;

namespace InitiativeHub.Host.Tests.Judging;

[Collection(HostCollection.Name)]
public sealed class PanelTests(HostFixture fixture)
{
    [Fact]
    public async Task Organizer_CreatesPanelOfFiveJudges_SeenByOrganizerAndMembersOnly()
    {
        // Arrange
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var judges = new List<JudgeAccount>();
        for (var i = 0; i < 5; i++)
        {
            judges.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var outsider = fixture.CreateClient();
        await outsider.SignUpAsync($"nguoi.ngoai.{Guid.NewGuid():N}@example.vn");

        // Act
        var created = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, judges));
        var byOrganizer = await scenario.Organizer.GraphQLAsync(JudgingOperations.Panels, new { c = scenario.CampaignId });
        var byMember = await judges[3].Client.GraphQLAsync(JudgingOperations.Panels, new { c = scenario.CampaignId });
        var byOutsider = await outsider.GraphQLAsync(JudgingOperations.Panels, new { c = scenario.CampaignId });

        // Assert
        Assert.Null(created["errors"]);
        var panel = created["panel"]!;
        Assert.Equal("Hội đồng xét duyệt sáng kiến", panel["name"]!.GetValue<string>());
        Assert.Equal(scenario.CampaignId, panel["campaign"]!["id"]!.GetValue<string>());
        Assert.Equal(3, panel["categories"]!.AsArray().Count);
        Assert.Equal(judges.Select(j => j.UserId), panel["members"]!.AsArray().Select(m => m!["user"]!["id"]!.GetValue<string>()));
        Assert.Equal(["CHAIR", "VICE_CHAIR", "MEMBER", "MEMBER", "MEMBER"], panel["members"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal(panel["id"]!.GetValue<string>(), byOrganizer["data"]!["panels"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(5, byMember["data"]!["panels"]![0]!["members"]!.AsArray().Count);
        Assert.Empty(byOutsider["data"]!["panels"]!.AsArray());
    }

    [Fact]
    public async Task CreatePanel_ByJudge_TwoChairs_OrUnknownMember_IsRefusedAndNothingSaved()
    {
        // Arrange
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var chair = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var member = await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId);
        var twoChairs = new
        {
            input = new
            {
                campaignId = scenario.CampaignId,
                name = "Hội đồng",
                members = new[] { new { userId = chair.UserId, role = "CHAIR" }, new { userId = member.UserId, role = "CHAIR" } },
            },
        };
        var nobody = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"User:{Guid.CreateVersion7():N}"));
        var unknown = new
        {
            input = new
            {
                campaignId = scenario.CampaignId,
                name = "Hội đồng",
                members = new[] { new { userId = chair.UserId, role = "CHAIR" }, new { userId = nobody, role = "MEMBER" } },
            },
        };

        // Act
        var byJudge = await chair.Client.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(scenario.CampaignId, [chair, member]));
        var doubled = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", twoChairs);
        var missing = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", unknown);
        var panels = await scenario.Organizer.GraphQLAsync(JudgingOperations.Panels, new { c = scenario.CampaignId });

        // Assert
        Assert.Equal("FORBIDDEN", byJudge["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("VALIDATION", doubled["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("members", doubled["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", missing["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(byJudge["panel"]);
        Assert.Empty(panels["data"]!["panels"]!.AsArray());
    }
}
