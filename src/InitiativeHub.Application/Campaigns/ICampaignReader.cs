using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Campaigns;

/// <summary>Read side of campaigns.</summary>
public interface ICampaignReader
{
    Task<IReadOnlyDictionary<Guid, Campaign>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Campaigns matching the filter, newest deadline first. Drafts are included only when their organizer lies inside
    /// one of <paramref name="draftScopes"/> (the subtrees where the viewer manages campaigns).
    /// </summary>
    Task<Page<Campaign>> SearchAsync(CampaignFilter filter, IReadOnlyList<OrganizationPath> draftScopes, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// The campaigns holding a category or an award tier with one of <paramref name="partIds"/>, keyed by that id
    /// (ids of neither kind are left out).
    /// </summary>
    Task<IReadOnlyDictionary<Guid, Campaign>> GetByPartIdsAsync(IReadOnlyCollection<Guid> partIds, CancellationToken cancellationToken);

    /// <summary>How many entries of the campaign have ever been submitted (any status but draft).</summary>
    Task<int> CountSubmittedEntriesAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>What already relies on the campaign's settings (categories, attachment types, judge assignments).</summary>
    Task<CampaignUsage> GetUsageAsync(Guid campaignId, CancellationToken cancellationToken);
}
