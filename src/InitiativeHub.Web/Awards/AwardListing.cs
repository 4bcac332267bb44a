using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Web.Awards;

/// <summary>A campaign's awards as the viewer may see them, every page of them, with the entries they go to.</summary>
public static class AwardListing
{
    public static async Task<(IReadOnlyList<Award> Awards, IReadOnlyDictionary<Guid, Entry> Entries)> LoadAsync(
        AwardService awards, EntryService entries, Viewer viewer, Guid campaignId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(awards);
        ArgumentNullException.ThrowIfNull(entries);
        var all = new List<Award>();
        string? after = null;
        do
        {
            var page = await awards.ListAsync(viewer, campaignId, null, new PageRequest(First: PageRequest.MaxSize, After: after), cancellationToken);
            all.AddRange(page.Items.Select(i => i.Node));
            after = page.HasNextPage ? page.Items[^1].Cursor : null;
        }
        while (after is not null);

        var found = await entries.GetVisibleAsync(viewer, all.Select(a => a.EntryId).Distinct().ToList(), cancellationToken);
        return (all, found);
    }
}
