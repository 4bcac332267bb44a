using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Web.Entries;

/// <summary>One of the viewer's entries with the campaign it belongs to.</summary>
public sealed record MyEntry(Entry Entry, Campaign Campaign);

/// <summary>The viewer's own entries across campaigns, each with its campaign.</summary>
public static class MyEntries
{
    public static async Task<IReadOnlyList<MyEntry>> ListAsync(CampaignService campaigns, EntryService entries, Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is null)
        {
            return [];
        }

        var mine = await entries.ListMineAsync(viewer, cancellationToken);
        var byId = await campaigns.GetVisibleAsync(viewer, mine.Select(e => e.CampaignId).Distinct().ToList(), cancellationToken);
        return mine.Where(e => byId.ContainsKey(e.CampaignId)).Select(e => new MyEntry(e, byId[e.CampaignId])).ToList();
    }
}
