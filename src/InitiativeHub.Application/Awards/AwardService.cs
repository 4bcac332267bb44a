using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Awards;

/// <summary>
/// Use cases of commendation. The campaign's organizers propose; a LEADER of the organizing organization or of an
/// organization above it decides and revokes (<see cref="Permission.DecideAwards"/>). Organizers and leaders see every
/// award of the campaign; everyone else only approved awards of a published campaign.
/// </summary>
public sealed class AwardService(IAccessControl access, CampaignService campaigns, IAwardRepository awards, IEntryReader entries, IGrainFactory grains)
{
    public async Task<IReadOnlyList<Award>> ProposeAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        var campaign = await campaigns.GetManagedAsync(viewer, campaignId, cancellationToken);
        var ids = (await grains.GetGrain<IAwardsGrain>(campaign.Id).ProposeAsync(actorId)).Unwrap();
        return await InOrderAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyList<Award>> DecideAsync(
        Viewer viewer, IReadOnlyList<AwardDecisionCommand> decisions, string decisionNumber, DateOnly? decisionDate, CancellationToken cancellationToken)
    {
        var leaderId = access.RequireUser(viewer);
        var campaign = await CampaignOfAsync(viewer, decisions.Select(d => d.AwardId).ToList(), "decisions", cancellationToken);
        await access.EnsureAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken);
        var ids = (await grains.GetGrain<IAwardsGrain>(campaign.Id).DecideAsync(decisions, decisionNumber, decisionDate, leaderId)).Unwrap();
        return await InOrderAsync(ids, cancellationToken);
    }

    public async Task<Award> RevokeAsync(Viewer viewer, Guid awardId, string reason, CancellationToken cancellationToken)
    {
        var leaderId = access.RequireUser(viewer);
        var campaign = await CampaignOfAsync(viewer, [awardId], "awardId", cancellationToken);
        await access.EnsureAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken);
        var id = (await grains.GetGrain<IAwardsGrain>(campaign.Id).RevokeAsync(awardId, reason, leaderId)).Unwrap();
        return (await awards.GetByIdsAsync([id], cancellationToken))[id];
    }

    /// <summary>
    /// The campaigns in deliberation or approval whose awards the viewer may decide (a LEADER of the organizing
    /// organization or above), each with the number of awards waiting for a decision; the leader's work list.
    /// </summary>
    public async Task<IReadOnlyList<CampaignAwaitingDecision>> ListAwaitingDecisionAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var result = new List<CampaignAwaitingDecision>();
        var filter = new CampaignFilter([CampaignPhase.Deliberation, CampaignPhase.Approval]);
        string? after = null;
        do
        {
            var page = await campaigns.SearchAsync(viewer, filter, new PageRequest(First: PageRequest.MaxSize, After: after), cancellationToken);
            foreach (var campaign in page.Items.Select(i => i.Node))
            {
                if (await access.CanAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken))
                {
                    var pending = await awards.ListAsync(campaign.Id, [AwardStatus.Proposed], new PageRequest(First: 1), cancellationToken);
                    result.Add(new CampaignAwaitingDecision(campaign, pending.TotalCount));
                }
            }

            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        return result;
    }

    /// <summary>The campaign, when the viewer may decide its awards; NOT_FOUND or FORBIDDEN otherwise.</summary>
    public async Task<Campaign> GetDecidableAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        await access.EnsureAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken);
        return campaign;
    }

    /// <summary>A campaign's awards as the viewer may see them.</summary>
    public async Task<Page<Award>> ListAsync(
        Viewer viewer, Guid campaignId, IReadOnlyCollection<AwardStatus>? statuses, PageRequest page, CancellationToken cancellationToken)
    {
        var campaign = (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        if (await SeesAllAsync(viewer, campaign, cancellationToken))
        {
            return await awards.ListAsync(campaign.Id, statuses, page, cancellationToken);
        }

        if (!IsPublished(campaign) || statuses is { Count: > 0 } && !statuses.Contains(AwardStatus.Approved))
        {
            return Page<Award>.Empty;
        }

        return await awards.ListAsync(campaign.Id, [AwardStatus.Approved], page, cancellationToken);
    }

    /// <summary>
    /// Approved awards of published campaigns with their entries: public, no sign-in. What the entry shows the public
    /// is limited by <see cref="EntryService"/> (no confidential parts, attachments or receipts; authors never carry a
    /// date of birth or contact data).
    /// </summary>
    public async Task<Page<ShowcaseItem>> ShowcaseAsync(string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var published = await awards.ListPublishedAsync(search, page, cancellationToken);
        var found = await entries.GetByIdsAsync(published.Items.Select(i => i.Node.EntryId).Distinct().ToList(), cancellationToken);
        var items = published.Items
            .Where(i => found.ContainsKey(i.Node.EntryId))
            .Select(i => new PageItem<ShowcaseItem>(new ShowcaseItem(i.Node, found[i.Node.EntryId]), i.Cursor))
            .ToList();
        return new Page<ShowcaseItem>(items, published.HasNextPage, published.HasPreviousPage, published.TotalCount);
    }

    /// <summary>Whether the viewer sees the award's working details (the leader's note): organizers and deciders only.</summary>
    public async Task<bool> CanSeeDetailsAsync(Viewer viewer, Award award, CancellationToken cancellationToken) =>
        viewer.IsAuthenticated
        && (await campaigns.GetVisibleAsync(viewer, [award.CampaignId], cancellationToken)).GetValueOrDefault(award.CampaignId) is { } campaign
        && await SeesAllAsync(viewer, campaign, cancellationToken);

    /// <summary>The awards among <paramref name="ids"/> the viewer may see.</summary>
    public async Task<IReadOnlyDictionary<Guid, Award>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await awards.GetByIdsAsync(ids, cancellationToken);
        var campaignIds = found.Values.Select(a => a.CampaignId).Distinct().ToList();
        var visibleCampaigns = await campaigns.GetVisibleAsync(viewer, campaignIds, cancellationToken);
        var seesAll = new Dictionary<Guid, bool>();
        foreach (var campaign in visibleCampaigns.Values)
        {
            seesAll[campaign.Id] = await SeesAllAsync(viewer, campaign, cancellationToken);
        }

        return found
            .Where(a => visibleCampaigns.TryGetValue(a.Value.CampaignId, out var campaign)
                && (seesAll[campaign.Id] || (IsPublished(campaign) && a.Value.Status == AwardStatus.Approved)))
            .ToDictionary(a => a.Key, a => a.Value);
    }

    /// <summary>Whether the award is public: approved, in a published campaign (what the showcase shows to anyone).</summary>
    public async Task<bool> IsPublicAsync(Award award, CancellationToken cancellationToken) =>
        award.Status == AwardStatus.Approved
        && (await campaigns.GetVisibleAsync(Viewer.Anonymous, [award.CampaignId], cancellationToken)).GetValueOrDefault(award.CampaignId) is { } campaign
        && IsPublished(campaign);

    private static bool IsPublished(Campaign campaign) => campaign.Phase is CampaignPhase.Published or CampaignPhase.Archived;

    private async Task<bool> SeesAllAsync(Viewer viewer, Campaign campaign, CancellationToken cancellationToken) =>
        await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken)
        || await access.CanAsync(viewer, Permission.DecideAwards, campaign.OrganizerId, cancellationToken);

    private async Task<Campaign> CampaignOfAsync(Viewer viewer, IReadOnlyList<Guid> awardIds, string field, CancellationToken cancellationToken)
    {
        // Not filtered by visibility: a signed-in user who may not decide learns FORBIDDEN, not a pretended absence.
        access.RequireUser(viewer);
        var found = await awards.GetByIdsAsync(awardIds.Distinct().ToList(), cancellationToken);
        if (awardIds.Count == 0 || awardIds.Any(id => !found.ContainsKey(id)))
        {
            throw new NotFoundException("Không tìm thấy khen thưởng.", field);
        }

        var campaignIds = found.Values.Select(a => a.CampaignId).Distinct().ToList();
        if (campaignIds.Count != 1)
        {
            throw new ValidationException("Một quyết định chỉ gồm khen thưởng của một phong trào.", field);
        }

        return (await campaigns.GetVisibleAsync(viewer, campaignIds, cancellationToken)).GetValueOrDefault(campaignIds[0])
            ?? throw new NotFoundException("Không tìm thấy phong trào.", field);
    }

    private async Task<IReadOnlyList<Award>> InOrderAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var found = await awards.GetByIdsAsync(ids, cancellationToken);
        return ids.Select(id => found[id]).ToList();
    }
}
