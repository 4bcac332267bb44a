using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Awards;

public sealed class AwardRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IAwardRepository
{
    public async Task<IReadOnlyList<Award>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Awards.AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.SortKey).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Award>> ListByEntriesAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Awards.AsNoTracking().Where(a => entryIds.Contains(a.EntryId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Award>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Awards.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    public async Task<Page<Award>> ListAsync(Guid campaignId, IReadOnlyCollection<AwardStatus>? statuses, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Awards.AsNoTracking().Where(a => a.CampaignId == campaignId);
        if (statuses is { Count: > 0 })
        {
            query = query.Where(a => statuses.Contains(a.Status));
        }

        return await KeysetPager.PageAsync(query, a => a.SortKey, page, cancellationToken);
    }

    public async Task<Page<Award>> ListPublishedAsync(string? search, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.Campaigns.Where(c => c.Phase == CampaignPhase.Published || c.Phase == CampaignPhase.Archived).Select(c => c.Id);
        var query = db.Awards.AsNoTracking().Where(a => a.Status == AwardStatus.Approved && published.Contains(a.CampaignId));
        foreach (var word in VietnameseText.FoldedWords(search))
        {
            query = query.Where(a => db.Entries.Any(e => e.Id == a.EntryId && e.SearchKey.Contains(word)));
        }

        return await KeysetPager.PageAsync(query, a => a.SortKey, page, cancellationToken);
    }

    public async Task SaveAsync(
        IReadOnlyList<Award> added, IReadOnlyList<Award> changed, Guid campaignId, Guid actorId, string action, object summary, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Awards.AddRange(added);
        db.Awards.UpdateRange(changed);
        await db.SaveAuditedAsync(clock, actorId, "Campaign", campaignId, action, summary, cancellationToken);
    }
}
