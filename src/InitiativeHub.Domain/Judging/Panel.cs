using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Domain.Judging;

/// <summary>
/// A judging council (Hội đồng) or sub-committee (tiểu ban) of a campaign: who sits on it, in which role, and which
/// categories it judges (none listed = every category).
/// </summary>
public sealed class Panel
{
    private Panel(Guid id, Guid campaignId, string name, IReadOnlyList<Guid> categoryIds, IReadOnlyList<PanelMember> members)
    {
        Id = id;
        CampaignId = campaignId;
        Name = name;
        CategoryIds = categoryIds;
        Members = members;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The categories judged by this panel; empty means all of the campaign's categories.</summary>
    public IReadOnlyList<Guid> CategoryIds { get; private set; }

    public IReadOnlyList<PanelMember> Members { get; private set; }

    /// <summary>True when the panel lists no category, i.e. it is the catch-all council.</summary>
    public bool CoversAllCategories => CategoryIds.Count == 0;

    public PanelMember Chair => Members.Single(m => m.Role == PanelRole.Chair);

    /// <summary>The members who fill score sheets, in member order.</summary>
    public IReadOnlyList<Guid> ScoringMemberIds => Members.Where(m => m.Scores).Select(m => m.UserId).ToList();

    /// <summary>Creates a panel of <paramref name="campaign"/>, checking its categories and composition.</summary>
    public static Panel Create(Guid id, Campaign campaign, string name, IReadOnlyList<Guid>? categoryIds, IReadOnlyList<PanelMember> members) =>
        Create(id, campaign.Id, campaign.Categories.Select(c => c.Id).ToList(), name, categoryIds, members);

    /// <summary>Creates a panel from the campaign's id and category ids (what a grain holds without the campaign itself).</summary>
    public static Panel Create(
        Guid id, Guid campaignId, IReadOnlyCollection<Guid> campaignCategoryIds, string name, IReadOnlyList<Guid>? categoryIds, IReadOnlyList<PanelMember> members)
    {
        var panel = new Panel(id, campaignId, string.Empty, [], []);
        panel.Reconfigure(campaignCategoryIds, name, categoryIds, members);
        return panel;
    }

    /// <summary>Replaces name, categories and members as a whole; nothing changes when a rule is broken.</summary>
    public void Reconfigure(IReadOnlyCollection<Guid> campaignCategoryIds, string name, IReadOnlyList<Guid>? categoryIds, IReadOnlyList<PanelMember> members)
    {
        var cleanName = VietnameseText.Normalize(name);
        if (string.IsNullOrEmpty(cleanName) || cleanName.Length > 200)
        {
            throw new ValidationException("Tên hội đồng không được để trống và không quá 200 ký tự.", "name");
        }

        var categories = (categoryIds ?? []).Distinct().ToList();
        if (categories.Any(c => !campaignCategoryIds.Contains(c)))
        {
            throw new ValidationException("Lĩnh vực của hội đồng không thuộc phong trào này.", "categoryIds");
        }

        if (members.Select(m => m.UserId).Distinct().Count() != members.Count)
        {
            throw new ValidationException("Một người chỉ giữ một vị trí trong hội đồng.", "members");
        }

        var chairs = members.Count(m => m.Role == PanelRole.Chair);
        if (chairs != 1)
        {
            throw new ValidationException("Hội đồng phải có đúng một Chủ tịch.", "members");
        }

        if (!members.Any(m => m.Scores))
        {
            throw new ValidationException("Hội đồng phải có ít nhất một thành viên chấm điểm.", "members");
        }

        Name = cleanName;
        CategoryIds = categories;
        Members = members.ToList();
    }

    public bool Covers(Guid categoryId) => CoversAllCategories || CategoryIds.Contains(categoryId);

    public bool IsMember(Guid userId) => Members.Any(m => m.UserId == userId);

    public bool IsScoringMember(Guid userId) => Members.Any(m => m.UserId == userId && m.Scores);

    public bool IsChair(Guid userId) => Chair.UserId == userId;

    /// <summary>The chair and the secretary keep the council's minutes (they record its votes).</summary>
    public bool KeepsMinutes(Guid userId) => Members.Any(m => m.UserId == userId && (m.Role is PanelRole.Chair or PanelRole.Secretary));
}
