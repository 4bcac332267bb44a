using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// Use cases of judging. Panels are created by the campaign's organizers; their members must be existing accounts.
/// Membership grants nothing beyond the panel: it is the assignment authority, so a member without a JUDGE role
/// grant may still be assigned and score (the organizer who seats someone on the council is what makes them a judge
/// of this campaign), while the JUDGE role alone gives no access to any campaign's entries.
/// A panel and its members are visible to the campaign's organizers and to the panel's own members.
/// </summary>
public sealed class JudgingService(IAccessControl access, CampaignService campaigns, IUserReader users, IPanelReader panels, IGrainFactory grains)
{
    public async Task<Panel> CreatePanelAsync(
        Viewer viewer, Guid campaignId, string name, IReadOnlyList<Guid>? categoryIds, IReadOnlyList<PanelMember> members, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var campaign = await campaigns.GetManagedAsync(viewer, campaignId, cancellationToken);
        var memberIds = members.Select(m => m.UserId).Distinct().ToList();
        var found = await users.GetByIdsAsync(memberIds, cancellationToken);
        if (memberIds.Any(id => !found.ContainsKey(id)))
        {
            throw new NotFoundException("Không tìm thấy tài khoản thành viên hội đồng.", "members");
        }

        var id = Guid.CreateVersion7();
        var command = new CreatePanelCommand(id, name, categoryIds, members.ToList(), actorId);
        (await grains.GetGrain<IJudgingGrain>(campaign.Id).CreatePanelAsync(command)).Unwrap();
        return (await panels.ListByCampaignAsync(campaign.Id, cancellationToken)).Single(p => p.Id == id);
    }

    /// <summary>The campaign's panels: all of them for organizers, the ones they sit on for members, none for others.</summary>
    public async Task<IReadOnlyList<Panel>> ListPanelsAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        var all = await panels.ListByCampaignAsync(campaign.Id, cancellationToken);
        return await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken) ? all : all.Where(p => p.IsMember(userId)).ToList();
    }

    /// <summary>The panels among <paramref name="ids"/> the viewer may see (organizers of the campaign, members of the panel).</summary>
    public async Task<IReadOnlyDictionary<Guid, Panel>> GetVisiblePanelsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, Panel>();
        if (viewer.UserId is not { } userId)
        {
            return visible;
        }

        foreach (var (id, panel) in await panels.GetByIdsAsync(ids, cancellationToken))
        {
            if (panel.IsMember(userId) || await IsOrganizerAsync(viewer, panel.CampaignId, cancellationToken))
            {
                visible[id] = panel;
            }
        }

        return visible;
    }

    /// <summary>
    /// The profiles of a panel's members, for a viewer who may see the panel: whoever sees a panel sees who sits on it,
    /// even where the user directory would not show those accounts.
    /// </summary>
    public async Task<IReadOnlyList<PanelMemberProfile>> GetMembersAsync(Viewer viewer, Panel panel, CancellationToken cancellationToken)
    {
        if ((await GetVisiblePanelsAsync(viewer, [panel.Id], cancellationToken)).Count == 0)
        {
            return [];
        }

        var profiles = await users.GetByIdsAsync(panel.Members.Select(m => m.UserId).ToList(), cancellationToken);
        return panel.Members.Where(m => profiles.ContainsKey(m.UserId)).Select(m => new PanelMemberProfile(profiles[m.UserId], m.Role)).ToList();
    }

    private async Task<bool> IsOrganizerAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId);
        return campaign is not null && await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken);
    }
}
