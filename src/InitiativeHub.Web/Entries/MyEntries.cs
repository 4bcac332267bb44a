using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Web.Entries;

/// <summary>One of the viewer's entries with the campaign it belongs to.</summary>
public sealed record MyEntry(Entry Entry, Campaign Campaign);

/// <summary>
/// The viewer's own entries across every campaign they can see, newest change first. A stopgap over the per-campaign
/// use case (<see cref="EntryService.ListAsync"/>): one query per campaign, until the application offers a
/// "my entries" use case of its own. Only the viewer's own entries are kept (an organizer's list holds everyone's).
/// </summary>
public static class MyEntries
{
    public static async Task<IReadOnlyList<MyEntry>> ListAsync(CampaignService campaigns, EntryService entries, Viewer viewer, CancellationToken cancellationToken)
    {
        if (viewer.UserId is not { } userId)
        {
            return [];
        }

        var found = new List<MyEntry>();
        string? campaignCursor = null;
        do
        {
            var campaignPage = await campaigns.SearchAsync(viewer, new CampaignFilter(), new PageRequest(First: PageRequest.MaxSize, After: campaignCursor), cancellationToken);
            foreach (var campaign in campaignPage.Items.Select(item => item.Node))
            {
                string? entryCursor = null;
                do
                {
                    var entryPage = await entries.ListAsync(viewer, campaign.Id, new EntryFilter(), EntrySort.CreatedAscending, new PageRequest(First: PageRequest.MaxSize, After: entryCursor), cancellationToken);
                    found.AddRange(entryPage.Items.Select(item => item.Node).Where(entry => entry.SubmitterId == userId).Select(entry => new MyEntry(entry, campaign)));
                    entryCursor = entryPage.HasNextPage ? entryPage.Items[^1].Cursor : null;
                }
                while (entryCursor is not null);
            }

            campaignCursor = campaignPage.HasNextPage ? campaignPage.Items[^1].Cursor : null;
        }
        while (campaignCursor is not null);

        return found.OrderByDescending(item => item.Entry.UpdatedAt).ToList();
    }
}
