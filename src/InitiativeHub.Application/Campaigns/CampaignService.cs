using InitiativeHub.Application.Access;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Campaigns;

/// <summary>Use cases of campaigns. Published and open campaigns are public; drafts only for their organizers.</summary>
public sealed class CampaignService(IAccessControl access, ICampaignReader reader, IGrainFactory grains)
{
    public async Task<Campaign> CreateAsync(Viewer viewer, CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureAsync(viewer, Permission.ManageCampaigns, command.OrganizerId, cancellationToken);
        var id = Guid.CreateVersion7();
        (await grains.GetGrain<ICampaignGrain>(id).CreateAsync(command with { ActorId = actorId })).Unwrap();
        return (await reader.GetByIdsAsync([id], cancellationToken))[id];
    }

    public async Task<Campaign> ChangePhaseAsync(Viewer viewer, Guid campaignId, CampaignPhase target, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var campaign = await GetManagedAsync(viewer, campaignId, cancellationToken);
        (await grains.GetGrain<ICampaignGrain>(campaign.Id).ChangePhaseAsync(target, actorId)).Unwrap();
        return (await reader.GetByIdsAsync([campaignId], cancellationToken))[campaignId];
    }

    /// <summary>Edits a campaign the viewer organizes; fields left null stay as they are.</summary>
    public async Task<Campaign> UpdateAsync(Viewer viewer, Guid campaignId, CampaignChanges changes, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var campaign = await GetManagedAsync(viewer, campaignId, cancellationToken);
        (await grains.GetGrain<ICampaignGrain>(campaign.Id).UpdateAsync(changes, actorId)).Unwrap();
        return (await reader.GetByIdsAsync([campaignId], cancellationToken))[campaignId];
    }

    /// <summary>The campaign the viewer organizes with what relies on it, for an edit form to show what is locked.</summary>
    public async Task<(Campaign Campaign, CampaignUsage Usage)> GetForEditAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await GetManagedAsync(viewer, campaignId, cancellationToken);
        return (campaign, await reader.GetUsageAsync(campaignId, cancellationToken));
    }

    public async Task<Page<Campaign>> SearchAsync(Viewer viewer, CampaignFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        await reader.SearchAsync(filter, await DraftScopesAsync(viewer, cancellationToken), page, cancellationToken);

    /// <summary>The campaigns the viewer may see among <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, Campaign>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await reader.GetByIdsAsync(ids, cancellationToken);
        if (found.Values.All(c => c.Phase != CampaignPhase.Draft))
        {
            return found;
        }

        var visible = new Dictionary<Guid, Campaign>();
        foreach (var (id, campaign) in found)
        {
            if (campaign.Phase != CampaignPhase.Draft || await access.CanAsync(viewer, Permission.ManageCampaigns, campaign.OrganizerId, cancellationToken))
            {
                visible[id] = campaign;
            }
        }

        return visible;
    }

    /// <summary>The categories among <paramref name="ids"/> whose campaign the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, Category>> GetVisibleCategoriesAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await VisiblePartsAsync(viewer, ids, cancellationToken))
            .Select(p => p.Value.Categories.FirstOrDefault(c => c.Id == p.Key))
            .OfType<Category>()
            .ToDictionary(c => c.Id);

    /// <summary>The award tiers among <paramref name="ids"/> whose campaign the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, AwardTier>> GetVisibleAwardTiersAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        (await VisiblePartsAsync(viewer, ids, cancellationToken))
            .Select(p => p.Value.AwardTiers.FirstOrDefault(t => t.Id == p.Key))
            .OfType<AwardTier>()
            .ToDictionary(t => t.Id);

    /// <summary>True when the viewer organizes the campaign (manages campaigns at its organizer or above).</summary>
    public Task<bool> IsOrganizerAsync(Viewer viewer, Campaign campaign, CancellationToken cancellationToken) =>
        access.CanAsync(viewer, Permission.ManageCampaigns, campaign.OrganizerId, cancellationToken);

    /// <summary>The campaign, when the viewer organizes it; NOT_FOUND or FORBIDDEN otherwise.</summary>
    public async Task<Campaign> GetManagedAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var campaign = (await GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        await access.EnsureAsync(viewer, Permission.ManageCampaigns, campaign.OrganizerId, cancellationToken);
        return campaign;
    }

    /// <summary>Part id → its campaign, for the parts whose campaign the viewer may see (a draft's only to its organizers).</summary>
    private async Task<Dictionary<Guid, Campaign>> VisiblePartsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var owners = await reader.GetByPartIdsAsync(ids, cancellationToken);
        var visible = await GetVisibleAsync(viewer, owners.Values.Select(c => c.Id).Distinct().ToList(), cancellationToken);
        return owners.Where(o => visible.ContainsKey(o.Value.Id)).ToDictionary(o => o.Key, o => visible[o.Value.Id]);
    }

    private async Task<IReadOnlyList<Domain.Organizations.OrganizationPath>> DraftScopesAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var grants = await access.GrantsAsync(viewer, cancellationToken);
        return grants
            .Where(g => AccessPolicy.PermissionsOf(g.Role).Contains(Permission.ManageCampaigns))
            .Select(g => g.OrganizationPath)
            .ToList();
    }
}
