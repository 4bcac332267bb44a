using InitiativeHub.Host.Tests.Organizations;

namespace InitiativeHub.Host.Tests.Campaigns;

/// <summary>Campaigns on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class CampaignTestsOnSqlite(HostFixture fixture) : CampaignTests(fixture);

/// <summary>Campaigns on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class CampaignTestsOnPostgres(PostgresHostFixture fixture) : CampaignTests(fixture);

public abstract class CampaignTests(HostFixture fixture)
{
    [Fact]
    public async Task CreateCampaign_WardOrganizer_CreatesDraftWithRubricAndTiers()
    {
        // Arrange
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var organizer = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var now = DateTimeOffset.UtcNow;

        // Act
        var payload = await organizer.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign",
            new { input = CampaignScenario.Input(organizations.WardAId, now, now.AddDays(30)) });

        // Assert
        var campaign = payload["campaign"]!;
        Assert.Null(payload["errors"]);
        Assert.Equal("DRAFT", campaign["phase"]!.GetValue<string>());
        Assert.Equal(3, campaign["categories"]!.AsArray().Count);
        Assert.Equal(["NOVELTY", "EFFECT"], campaign["rubric"]!["tieBreak"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.EndsWith("+07:00", campaign["submissionClosesAt"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_CategoryAndAwardTierIds_ResolveLikeTheirCampaign_DraftOnlyForItsOrganizers()
    {
        // Arrange: a draft campaign; its first category and its second tier (Giải Nhì, quota 2, minimum 75).
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var organizer = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var now = DateTimeOffset.UtcNow;
        var created = await organizer.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign", new { input = CampaignScenario.Input(organizations.WardAId, now, now.AddDays(30)) });
        var campaignId = created["campaign"]!["id"]!.GetValue<string>();
        var categoryId = created["campaign"]!["categories"]![0]!["id"]!.GetValue<string>();
        var tierId = created["campaign"]!["awardTiers"]![1]!["id"]!.GetValue<string>();
        const string Query = """
            query($ids: [ID!]!) {
              nodes(ids: $ids) { id __typename ... on Category { name } ... on AwardTier { name form quota minimumScore } }
            }
            """;
        var ids = new[] { categoryId, tierId };
        var anonymous = fixture.CreateClient();
        var unknownCategory = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Category:{Guid.CreateVersion7():N}"));

        // Act
        var byOrganizer = await organizer.GraphQLAsync(Query, new { ids });
        var draftForPublic = await anonymous.GraphQLAsync(Query, new { ids });
        await organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId, phase = "OPEN" } });
        var openForPublic = await anonymous.GraphQLAsync(Query, new { ids });
        var unknown = await anonymous.GraphQLAsync("query($id: ID!) { node(id: $id) { id } }", new { id = unknownCategory });

        // Assert
        var nodes = byOrganizer["data"]!["nodes"]!.AsArray();
        Assert.Equal((categoryId, "Category", "Cải cách hành chính"), (nodes[0]!["id"]!.GetValue<string>(), nodes[0]!["__typename"]!.GetValue<string>(), nodes[0]!["name"]!.GetValue<string>()));
        Assert.Equal((tierId, "AwardTier", "Giải Nhì"), (nodes[1]!["id"]!.GetValue<string>(), nodes[1]!["__typename"]!.GetValue<string>(), nodes[1]!["name"]!.GetValue<string>()));
        Assert.Equal(("PRIZE", 2, 75m), (nodes[1]!["form"]!.GetValue<string>(), nodes[1]!["quota"]!.GetValue<int>(), nodes[1]!["minimumScore"]!.GetValue<decimal>()));
        Assert.All(draftForPublic["data"]!["nodes"]!.AsArray(), Assert.Null);
        Assert.Equal(ids, openForPublic["data"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Null(unknown["data"]!["node"]);
    }

    [Fact]
    public async Task CreateCampaign_InAnotherWard_Forbidden_AndCitizenForbidden()
    {
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var organizerA = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"citizen.{Guid.NewGuid():N}@example.vn");
        var now = DateTimeOffset.UtcNow;

        var inB = await organizerA.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign", new { input = CampaignScenario.Input(organizations.WardBId, now, now.AddDays(1)) });
        var byCitizen = await citizen.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign", new { input = CampaignScenario.Input(organizations.WardAId, now, now.AddDays(1)) });

        Assert.Equal("FORBIDDEN", inB["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", byCitizen["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(inB["campaign"]);
    }

    [Fact]
    public async Task CreateCampaign_WindowBackwards_ReturnsValidationOnTheField()
    {
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var now = DateTimeOffset.UtcNow;
        var payload = await organizations.Admin.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign",
            new { input = CampaignScenario.Input(organizations.WardAId, now, now.AddDays(-1)) });
        Assert.Equal("VALIDATION", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("submissionClosesAt", payload["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Campaigns_DraftHiddenFromPublic_OpenListedWithFilters()
    {
        // Arrange: one draft and one open campaign in ward A.
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var now = DateTimeOffset.UtcNow;
        await scenario.Organizer.MutateAsync(CampaignScenario.CreateCampaign, "createCampaign",
            new { input = CampaignScenario.Input(scenario.Organizations.WardAId, now, now.AddDays(5)) });
        const string query = "query($w: CampaignFilterInput) { campaigns(where: $w) { totalCount nodes { id phase } } }";
        var filter = new { w = new { organizerId = scenario.Organizations.WardAId } };

        // Act
        var anonymous = await fixture.CreateClient().GraphQLAsync(query, filter);
        var organizer = await scenario.Organizer.GraphQLAsync(query, filter);
        var openOnly = await scenario.Organizer.GraphQLAsync(query, new { w = new { organizerId = scenario.Organizations.WardAId, phase = new[] { "OPEN" }, search = "doi moi sang tao 21/4" } });

        // Assert
        Assert.Equal(["OPEN"], anonymous["data"]!["campaigns"]!["nodes"]!.AsArray().Select(n => n!["phase"]!.GetValue<string>()));
        Assert.Equal(2, organizer["data"]!["campaigns"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, openOnly["data"]!["campaigns"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ChangeCampaignPhase_SkippingPhases_ReturnsWrongPhase()
    {
        var scenario = await CampaignScenario.CreateAsync(fixture);
        var payload = await scenario.Organizer.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase",
            new { input = new { campaignId = scenario.CampaignId, phase = "PUBLISHED" } });
        Assert.Equal("WRONG_PHASE", payload["errors"]![0]!["code"]!.GetValue<string>());
    }
}
