using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>
/// Results and the live ranking as each viewer may see them (<see cref="RankingVisibility"/>): the ranking query,
/// results of single entries and the score order of entry lists read the stored results, which the judging grain
/// replaces whole in the transaction of every sheet; the subscription hears the rows the grain pushes after each commit.
/// </summary>
public sealed class RankingService(
    IAccessControl access, CampaignService campaigns, IPanelReader panels, IScoreSheetReader sheets, IResultReader results, IRankingFeed feed)
{
    /// <summary>The ranked rows of a campaign (or one category) the viewer may see, best first; FORBIDDEN for viewers who may see none.</summary>
    public async Task<Page<EntryResultRecord>> GetRankingAsync(
        Viewer viewer, Guid campaignId, Guid? categoryId, PageRequest page, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var campaign = await GetCampaignAsync(viewer, campaignId, cancellationToken);
        if (categoryId is { } category && campaign.Categories.All(c => c.Id != category))
        {
            throw new NotFoundException("Không tìm thấy lĩnh vực trong phong trào này.", "categoryId");
        }

        var scope = await ScopeAsync(viewer, campaign, cancellationToken);
        if (!scope.Any)
        {
            throw new ForbiddenException("Bạn không được xem bảng xếp hạng của phong trào này.");
        }

        var size = page.Size;
        if (page.IsBackward)
        {
            throw new ValidationException("Bảng xếp hạng chỉ phân trang tiến (first/after).", "last");
        }

        if (scope.IsAll)
        {
            // Read from the stored results, paged in the database: a ranking read never waits for the judging grain,
            // which may be busy recomputing and saving after a sheet, and sees the results as last committed.
            return await results.PageRankedAsync(campaign.Id, categoryId, page, cancellationToken);
        }

        var start = page.After is { } after ? KeysetCursor.Decode(after, "after") : null;

        // A panel member sees only some rows: those are picked from the same stored results.
        var rows = (await results.ListByCampaignAsync(campaign.Id, cancellationToken))
            .Where(r => r.Rank is not null && (categoryId is null || r.CategoryId == categoryId) && scope.Includes(r.EntryId))
            .ToList();
        var following = rows.Where(r => start is null || string.CompareOrdinal(r.ScoreSortKey, start) > 0).ToList();
        var items = following.Take(size).Select(r => new PageItem<EntryResultRecord>(r, KeysetCursor.Encode(r.ScoreSortKey))).ToList();
        return new Page<EntryResultRecord>(items, following.Count > size, start is not null && rows.Count > following.Count, rows.Count);
    }

    /// <summary>
    /// The stored results among <paramref name="entryIds"/> the viewer may see: per the ranking rule, and to everyone
    /// who can see the entry once the phase makes results public.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, EntryResultRecord>> GetVisibleResultsAsync(
        Viewer viewer, IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        var found = await results.GetByEntryIdsAsync(entryIds, cancellationToken);
        var visible = new Dictionary<Guid, EntryResultRecord>();
        if (found.Count == 0)
        {
            return visible;
        }

        var campaignsById = await campaigns.GetVisibleAsync(viewer, found.Values.Select(r => r.CampaignId).Distinct().ToList(), cancellationToken);
        foreach (var group in found.Values.GroupBy(r => r.CampaignId))
        {
            if (campaignsById.GetValueOrDefault(group.Key) is not { } campaign)
            {
                continue;
            }

            var scope = campaign.Permissions.PublicSeesResults ? RankingScope.All : await ScopeAsync(viewer, campaign, cancellationToken);
            foreach (var result in group.Where(r => scope.Includes(r.EntryId)))
            {
                visible[result.EntryId] = result;
            }
        }

        return visible;
    }

    /// <summary>
    /// Follows a campaign's ranking: each change carries the changed ranked rows the viewer may see at that moment
    /// (rights are checked again on every change, as phases move on). FORBIDDEN for viewers who may see no row now.
    /// </summary>
    public async Task<IObservable<RankingChange>> WatchAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var campaign = await GetCampaignAsync(viewer, campaignId, cancellationToken);
        if (!(await ScopeAsync(viewer, campaign, cancellationToken)).Any)
        {
            throw new ForbiddenException("Bạn không được xem bảng xếp hạng của phong trào này.");
        }

        var observable = new RankingObservable();
        var subscription = await feed.SubscribeAsync(
            campaign.Id,
            async change =>
            {
                try
                {
                    var current = await GetCampaignAsync(viewer, campaignId, CancellationToken.None);
                    var scope = await ScopeAsync(viewer, current, CancellationToken.None);
                    var rows = change.Rows.Where(r => r.Rank is not null && scope.Includes(r.EntryId)).ToList();
                    if (rows.Count > 0)
                    {
                        observable.Publish(change with { Rows = rows });
                    }
                }
                catch (DomainException)
                {
                    // The viewer lost sight of the campaign meanwhile: nothing of this change is theirs to see.
                }
            },
            cancellationToken);
        observable.Attach(subscription);
        return observable;
    }

    private async Task<Campaign> GetCampaignAsync(Viewer viewer, Guid campaignId, CancellationToken cancellationToken) =>
        (await campaigns.GetVisibleAsync(viewer, [campaignId], cancellationToken)).GetValueOrDefault(campaignId)
        ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");

    private async Task<RankingScope> ScopeAsync(Viewer viewer, Campaign campaign, CancellationToken cancellationToken)
    {
        if (await campaigns.IsOrganizerAsync(viewer, campaign, cancellationToken))
        {
            return RankingScope.All;
        }

        if (viewer.UserId is not { } userId)
        {
            return RankingScope.None;
        }

        var panelsOfCampaign = await panels.ListByCampaignAsync(campaign.Id, cancellationToken);
        if (!panelsOfCampaign.Any(p => p.IsMember(userId)))
        {
            return RankingScope.None;
        }

        var own = await sheets.ListByJudgeAsync(userId, campaign.Id, cancellationToken);
        return RankingVisibility.For(userId, false, panelsOfCampaign, campaign.Permissions, own);
    }
}
