using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Tests.Campaigns;
using static InitiativeHub.Domain.Tests.Judging.JudgingBuilder;

namespace InitiativeHub.Domain.Tests.Judging;

public sealed class PanelTests
{
    [Fact]
    public void Create_FullCouncil_KeepsRolesAndScoringMembers()
    {
        var panel = Create(
            [
                new PanelMember(Judge(1), PanelRole.Chair),
                new PanelMember(Judge(2), PanelRole.ViceChair),
                new PanelMember(Judge(3), PanelRole.Secretary, Scores: false),
                new PanelMember(Judge(4), PanelRole.Member),
            ]);

        Assert.Equal(Judge(1), panel.Chair.UserId);
        Assert.Equal([Judge(1), Judge(2), Judge(4)], panel.ScoringMemberIds);
        Assert.True(panel.IsMember(Judge(3)));
        Assert.False(panel.IsScoringMember(Judge(3)));
        Assert.True(panel.IsChair(Judge(1)));
        Assert.False(panel.IsChair(Judge(2)));
    }

    [Fact]
    public void Create_TwoChairs_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() => Create([new(Judge(1), PanelRole.Chair), new(Judge(2), PanelRole.Chair)]));
        Assert.Equal("members", error.Field);
    }

    [Fact]
    public void Create_NoChair_IsRefused() =>
        Assert.Throws<ValidationException>(() => Create([new(Judge(1), PanelRole.ViceChair), new(Judge(2), PanelRole.Member)]));

    [Fact]
    public void Create_SameUserTwice_IsRefused() =>
        Assert.Throws<ValidationException>(() => Create([new(Judge(1), PanelRole.Chair), new(Judge(1), PanelRole.Member)]));

    [Fact]
    public void Create_NobodyScores_IsRefused() =>
        Assert.Throws<ValidationException>(() => Create([new(Judge(1), PanelRole.Chair, false), new(Judge(2), PanelRole.Secretary, false)]));

    [Fact]
    public void Create_BlankName_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() =>
            Panel.Create(PanelId(1), CampaignId, Categories(2), "  ", null, [new(Judge(1), PanelRole.Chair)]));
        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Create_CategoryOutsideCampaign_IsRefused()
    {
        var error = Assert.Throws<ValidationException>(() =>
            Panel.Create(PanelId(1), CampaignId, Categories(2), "Tiểu ban", [Category(7)], [new(Judge(1), PanelRole.Chair)]));
        Assert.Equal("categoryIds", error.Field);
    }

    [Fact]
    public void Create_FromCampaign_AcceptsItsCategories()
    {
        var campaign = CampaignBuilder.Open();
        var category = campaign.Categories[1].Id;
        var panel = Panel.Create(PanelId(1), campaign, "Tiểu ban Giáo dục", [category], [new(Judge(1), PanelRole.Chair)]);
        Assert.Equal(campaign.Id, panel.CampaignId);
        Assert.True(panel.Covers(category));
        Assert.False(panel.Covers(campaign.Categories[0].Id));
    }

    [Fact]
    public void Covers_NoCategoriesListed_CoversEveryCategory()
    {
        var panel = NewPanel(1, Judges(1, 2));
        Assert.True(panel.CoversAllCategories);
        Assert.True(panel.Covers(Category(1)));
        Assert.True(panel.Covers(Category(3)));
    }

    [Fact]
    public void Reconfigure_InvalidMembers_ChangesNothing()
    {
        var panel = NewPanel(1, Judges(1, 3), [Category(1)]);
        Assert.Throws<ValidationException>(() =>
            panel.Reconfigure(Categories(3), "Tên mới", [Category(2)], [new(Judge(9), PanelRole.Member)]));
        Assert.Equal("Tiểu ban 1", panel.Name);
        Assert.Equal([Category(1)], panel.CategoryIds);
        Assert.Equal(3, panel.Members.Count);
    }

    private static Panel Create(IReadOnlyList<PanelMember> members) =>
        Panel.Create(PanelId(1), CampaignId, Categories(2), "Hội đồng sáng kiến phường", null, members);
}
