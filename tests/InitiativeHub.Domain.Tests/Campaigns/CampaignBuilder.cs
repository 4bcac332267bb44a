using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Domain.Tests.Campaigns;

/// <summary>A 21/4 campaign of phường Trần Hưng Đạo, open from 01/04 to 15/05/2026 (Asia/Ho_Chi_Minh).</summary>
public static class CampaignBuilder
{
    public static readonly DateTimeOffset Opens = new(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(7));
    public static readonly DateTimeOffset Closes = new(2026, 5, 15, 17, 0, 0, TimeSpan.FromHours(7));

    public static Campaign Open(bool blindReview = false)
    {
        var campaign = Campaign.Create(Guid.NewGuid(), Definition(blindReview), Opens.AddDays(-1));
        campaign.ChangePhase(CampaignPhase.Open, 0, Opens);
        return campaign;
    }

    public static CampaignDefinition Definition(bool blindReview = false) => new(
        Guid.NewGuid(),
        "21-4-TDH",
        "Phong trào sáng kiến chào mừng Ngày Sáng tạo và Đổi mới thế giới 21/4",
        CampaignKind.EmulationMovement,
        Occasion.WorldCreativityAndInnovationDay,
        ["Chuyển đổi số"],
        ["Sáng tạo để phát triển"],
        ["Kế hoạch 45/KH-UBND"],
        Opens,
        Closes,
        blindReview,
        false,
        ["Cải cách hành chính", "Giáo dục"],
        Rubric.Create(
            [new Criterion("NOVELTY", "Tính mới", null, 30, 1), new Criterion("EFFECT", "Hiệu quả", null, 40, 1), new Criterion("SCOPE", "Khả năng áp dụng", null, 30, 1)],
            50,
            Aggregation.Mean,
            20,
            ["NOVELTY", "EFFECT"]),
        [new AwardTier(Guid.Empty, "Giải Nhất", AwardForm.Prize, 1, 85)],
        null,
        null);
}
