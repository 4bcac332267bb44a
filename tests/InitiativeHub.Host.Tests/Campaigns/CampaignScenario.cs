using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Organizations;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Campaigns;

/// <summary>An OPEN campaign of phường Trần Hưng Đạo with an organizer, ready for entries.</summary>
public sealed class CampaignScenario
{
    public const string CreateCampaign = """
        mutation($input: CreateCampaignInput!) {
          createCampaign(input: $input) {
            campaign { id title phase categories { id name } submissionClosesAt rubric { criteria { code maxPoints } tieBreak } awardTiers { id name } }
            errors { code message field }
          }
        }
        """;

    public const string ChangePhase = """
        mutation($input: ChangeCampaignPhaseInput!) { changeCampaignPhase(input: $input) { campaign { id phase } errors { code message } } }
        """;

    public required OrganizationScenario Organizations { get; init; }

    public required ApiClient Organizer { get; init; }

    public required string CampaignId { get; init; }

    public required string CategoryId { get; init; }

    /// <summary>A new OPEN campaign; its submissions opened <c>openedAgo</c> before now (5 minutes unless given).</summary>
    public static async Task<CampaignScenario> CreateAsync(HostFixture fixture, TimeSpan? closesIn = null, bool blindReview = false, TimeSpan? openedAgo = null)
    {
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var organizer = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var campaign = await CreateOpenCampaignAsync(organizer, organizations.WardAId, closesIn ?? TimeSpan.FromDays(30), blindReview, openedAgo);
        return new CampaignScenario
        {
            Organizations = organizations,
            Organizer = organizer,
            CampaignId = campaign["id"]!.GetValue<string>(),
            CategoryId = campaign["categories"]![0]!["id"]!.GetValue<string>(),
        };
    }

    public static async Task<JsonObject> CreateOpenCampaignAsync(
        ApiClient organizer, string organizerId, TimeSpan closesIn, bool blindReview = false, TimeSpan? openedAgo = null)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = await organizer.MutateAsync(
            CreateCampaign, "createCampaign", new { input = Input(organizerId, now - (openedAgo ?? TimeSpan.FromMinutes(5)), now + closesIn, blindReview) });
        var campaign = payload["campaign"]?.AsObject() ?? throw new InvalidOperationException(payload.ToJsonString());
        var opened = await organizer.MutateAsync(ChangePhase, "changeCampaignPhase", new { input = new { campaignId = campaign["id"]!.GetValue<string>(), phase = "OPEN" } });
        if (opened["campaign"]?["phase"]?.GetValue<string>() != "OPEN")
        {
            throw new InvalidOperationException(opened.ToJsonString());
        }

        return campaign;
    }

    public static object Input(string organizerId, DateTimeOffset opens, DateTimeOffset closes, bool blindReview = false) => new
    {
        organizerId,
        code = "21-4",
        title = "Phong trào thi đua đổi mới sáng tạo chào mừng Ngày 21/4",
        kind = "EMULATION_MOVEMENT",
        occasion = "WORLD_CREATIVITY_AND_INNOVATION_DAY",
        themes = new[] { "Chuyển đổi số", "Cải cách hành chính" },
        slogans = new[] { "Sáng tạo vì cộng đồng" },
        legalBasis = new[] { "Kế hoạch số 45/KH-UBND ngày 01/4/2026 của UBND phường" },
        submissionOpensAt = opens.ToString("O"),
        submissionClosesAt = closes.ToString("O"),
        blindReview,
        categories = new[] { "Cải cách hành chính", "Giáo dục", "Y tế" },
        criteria = new object[]
        {
            new { code = "NOVELTY", name = "Tính mới, tính sáng tạo", maxPoints = 30 },
            new { code = "EFFECT", name = "Hiệu quả kinh tế - xã hội", maxPoints = 40 },
            new { code = "SCOPE", name = "Khả năng áp dụng, nhân rộng", maxPoints = 30 },
        },
        passThreshold = 50,
        aggregation = "MEAN",
        disagreementThreshold = 20,
        tieBreak = new[] { "NOVELTY", "EFFECT" },
        awardTiers = new object[]
        {
            new { name = "Giải Nhất", form = "PRIZE", quota = 1, minimumScore = 85 },
            new { name = "Giải Nhì", form = "PRIZE", quota = 2, minimumScore = 75 },
            new { name = "Giấy khen", form = "CERTIFICATE_OF_MERIT", quota = 5, minimumScore = 60 },
        },
        maxAttachmentBytes = 1_000_000,
    };
}
