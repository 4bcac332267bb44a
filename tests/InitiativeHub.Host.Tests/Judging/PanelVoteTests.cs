using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;

namespace InitiativeHub.Host.Tests.Judging;

[Collection(HostCollection.Name)]
public sealed class PanelVoteTests(HostFixture fixture)
{
    private const string RecordPanelVote = """
        mutation($input: RecordPanelVoteInput!) {
          recordPanelVote(input: $input) {
            panelVote { id subject ballot threshold memberCount presentCount present { id } yes no abstain notVoted requiredYes passed ballots { member { id } choice } heldAt }
            errors { code message field }
          }
        }
        """;

    [Fact]
    public async Task SecretaryRecordsSecretBallot_ChairRecordsOpenBallot_TwoThirdsOfAllMembers_MemberForbidden_BadCountsChangeNothing()
    {
        // Arrange: a JUDGING campaign whose council has four members: chair, vice chair, secretary, member.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = scenario.CampaignId, phase } });
        }

        var people = new List<JudgeAccount>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await JudgingOperations.JudgeAsync(fixture, scenario.Organizations, scenario.Organizations.WardAId));
        }

        var roles = new[] { "CHAIR", "VICE_CHAIR", "SECRETARY", "MEMBER" };
        var panel = await scenario.Organizer.MutateAsync(JudgingOperations.CreatePanel, "createPanel", new
        {
            input = new { campaignId = scenario.CampaignId, name = "Hội đồng sáng kiến phường", members = people.Select((p, i) => new { userId = p.UserId, role = roles[i] }).ToArray() },
        });
        var panelId = panel["panel"]!["id"]!.GetValue<string>();
        var (chair, secretary, member) = (people[0], people[2], people[3]);
        const string Subject = "Thông qua danh sách đề nghị công nhận sáng kiến năm 2026";

        // Act
        var byMember = await member.Client.MutateAsync(RecordPanelVote, "recordPanelVote", new
        {
            input = new { panelId, subject = Subject, ballot = "SECRET", presentMemberIds = people.Select(p => p.UserId), votedMemberIds = people.Select(p => p.UserId), yes = 4, no = 0, abstain = 0 },
        });
        var countsNotAddingUp = await secretary.Client.MutateAsync(RecordPanelVote, "recordPanelVote", new
        {
            input = new { panelId, subject = Subject, ballot = "SECRET", presentMemberIds = people.Take(3).Select(p => p.UserId), votedMemberIds = people.Take(3).Select(p => p.UserId), yes = 3, no = 1, abstain = 0 },
        });
        // Secret ballot: 3 of 4 present and voting, all yes; ⌈2/3 × 4⌉ = ⌈2.67⌉ = 3 → passes.
        var secret = await secretary.Client.MutateAsync(RecordPanelVote, "recordPanelVote", new
        {
            input = new { panelId, subject = Subject, ballot = "SECRET", presentMemberIds = people.Take(3).Select(p => p.UserId), votedMemberIds = people.Take(3).Select(p => p.UserId), yes = 3, no = 0, abstain = 0 },
        });
        // Open ballot: all 4 present; 2 yes, 1 no, 1 abstains; 2 < 3 → fails (abstention counts against).
        var open = await chair.Client.MutateAsync(RecordPanelVote, "recordPanelVote", new
        {
            input = new
            {
                panelId,
                subject = "Đề nghị tặng Giấy khen cho sáng kiến xếp thứ tư",
                ballot = "OPEN",
                presentMemberIds = people.Select(p => p.UserId),
                ballots = new object[]
                {
                    new { memberId = people[0].UserId, choice = "YES" },
                    new { memberId = people[1].UserId, choice = "YES" },
                    new { memberId = people[2].UserId, choice = "NO" },
                    new { memberId = people[3].UserId, choice = "ABSTAIN" },
                },
            },
        });
        var minutes = await member.Client.GraphQLAsync(
            "query($c: ID!) { panels(campaignId: $c) { votes { subject ballot passed yes no abstain presentCount ballots { choice } } } }", new { c = scenario.CampaignId });

        // Assert
        Assert.Equal("FORBIDDEN", Code(byMember));
        Assert.Equal("VALIDATION", Code(countsNotAddingUp));
        Assert.Null(secret["errors"]);
        var s = secret["panelVote"]!;
        Assert.Equal(("SECRET", "2/3", 4, 3, 3, 0, 0, 1, 3, true), (
            s["ballot"]!.GetValue<string>(), s["threshold"]!.GetValue<string>(), s["memberCount"]!.GetValue<int>(), s["presentCount"]!.GetValue<int>(),
            s["yes"]!.GetValue<int>(), s["no"]!.GetValue<int>(), s["abstain"]!.GetValue<int>(), s["notVoted"]!.GetValue<int>(), s["requiredYes"]!.GetValue<int>(),
            s["passed"]!.GetValue<bool>()));
        Assert.Null(s["ballots"]);
        Assert.Equal(people.Take(3).Select(p => p.UserId).Order(), s["present"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order());
        Assert.Null(open["errors"]);
        Assert.False(open["panelVote"]!["passed"]!.GetValue<bool>());
        Assert.Equal(4, open["panelVote"]!["ballots"]!.AsArray().Count);
        var votes = minutes["data"]!["panels"]![0]!["votes"]!.AsArray();
        Assert.Equal([true, false], votes.Select(v => v!["passed"]!.GetValue<bool>()));
        Assert.Equal(Subject, votes[0]!["subject"]!.GetValue<string>());
    }

    private static string Code(JsonNode payload) => payload["errors"]![0]!["code"]!.GetValue<string>();
}
