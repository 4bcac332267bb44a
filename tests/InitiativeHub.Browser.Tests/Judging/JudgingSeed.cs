using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Judging;
using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.Browser.Tests.Judging;

/// <summary>
/// Sets up a judging scenario through the host's own use cases: a campaign with a weighted rubric, accepted entries,
/// a panel and its assignments, phase changes. Each call runs in its own service scope, as a request would.
/// </summary>
public sealed class JudgingSeed(BrowserFixture fixture)
{
    /// <summary>
    /// An OPEN campaign whose rubric weighs its criteria differently (TM ×1,5 of 30, HQ ×1 of 40, NR ×0,5 of 30: a
    /// sheet totals at most 100), so a running total is more than a plain sum.
    /// </summary>
    public async Task<Campaign> OpenCampaignAsync(Guid organizer, Guid organizationId, string title, bool blindReview)
    {
        var viewer = new Viewer(organizer);
        var now = DateTimeOffset.UtcNow;
        var command = new CreateCampaignCommand(
            organizationId,
            "52/KH-UBND",
            title,
            CampaignKind.Contest,
            Occasion.WorldCreativityAndInnovationDay,
            ["Chuyển đổi số"],
            ["Sáng tạo vì cộng đồng"],
            ["Kế hoạch số 52/KH-UBND ngày 05/4/2026 của UBND phường Trần Hưng Đạo"],
            now.AddHours(-1),
            now.AddDays(10),
            blindReview,
            ConflictIfSameOrganization: false,
            ["Cải cách hành chính", "Giáo dục"],
            [
                new CriterionData("TM", "Tính mới, tính sáng tạo", null, 30, 1.5m),
                new CriterionData("HQ", "Hiệu quả kinh tế - xã hội", null, 40, 1m),
                new CriterionData("NR", "Khả năng áp dụng, nhân rộng", null, 30, 0.5m),
            ],
            50,
            Aggregation.Mean,
            20,
            ["TM", "HQ"],
            [
                new AwardTierData("Giải Nhất", AwardForm.Prize, 1, 80),
                new AwardTierData("Giấy khen", AwardForm.CertificateOfMerit, 5, 60),
            ],
            2_000_000,
            null,
            Guid.Empty);
        await using var scope = fixture.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var created = await campaigns.CreateAsync(viewer, command, CancellationToken.None);
        return await campaigns.ChangePhaseAsync(viewer, created.Id, CampaignPhase.Open, CancellationToken.None);
    }

    /// <summary>A submitted entry the organizer has accepted in screening.</summary>
    public async Task<Entry> AcceptedEntryAsync(Guid organizer, Guid submitter, Campaign campaign, string title, string authorName)
    {
        var (entry, _) = await new Seed(fixture).SubmittedEntryAsync(submitter, campaign, title, $"{title}: mô tả giải pháp và cách áp dụng.", authorName);
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EntryService>()
            .ScreenAsync(new Viewer(organizer), entry.Id, ScreeningDecision.Accept, null, null, null, CancellationToken.None);
    }

    /// <summary>A panel judging every category, the first member its chair, the others members; returns it.</summary>
    public async Task<Panel> PanelAsync(Guid organizer, Campaign campaign, string name, params Guid[] members)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JudgingService>().CreatePanelAsync(
            new Viewer(organizer), campaign.Id, name, null,
            members.Select((id, index) => new PanelMember(id, index == 0 ? PanelRole.Chair : PanelRole.Member)).ToList(), CancellationToken.None);
    }

    /// <summary>Runs the automatic assignment with <paramref name="judgesPerEntry"/> judges per entry.</summary>
    public async Task<IReadOnlyList<AssignmentRecord>> AssignAsync(Guid organizer, Panel panel, int judgesPerEntry)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JudgingService>()
            .AssignJudgesAsync(new Viewer(organizer), panel.Id, judgesPerEntry, null, null, CancellationToken.None);
    }

    /// <summary>Moves the campaign through the given phases, in order.</summary>
    public async Task MoveToAsync(Guid organizer, Campaign campaign, params CampaignPhase[] phases)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        foreach (var phase in phases)
        {
            await campaigns.ChangePhaseAsync(new Viewer(organizer), campaign.Id, phase, CancellationToken.None);
        }
    }
}
