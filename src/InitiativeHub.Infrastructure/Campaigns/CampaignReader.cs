using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Organizations;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Campaigns;

public sealed class CampaignReader(IDbContextFactory<AppDbContext> contexts) : ICampaignReader
{
    public async Task<IReadOnlyDictionary<Guid, Campaign>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Campaign>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, Campaign>> GetByPartIdsAsync(IReadOnlyCollection<Guid> partIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, Campaign>();
        if (partIds.Count == 0)
        {
            return found;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var partId in partIds.Distinct())
        {
            // Categories and tiers live in the campaign's JSON columns (written whole with the campaign): the text match
            // narrows the candidates on either provider, the parsed lists decide.
            var pattern = $"%{partId:D}%";
            var candidates = await db.Campaigns
                .FromSql($"SELECT * FROM campaigns WHERE \"Categories\" LIKE {pattern} OR \"AwardTiers\" LIKE {pattern}")
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            if (candidates.FirstOrDefault(c => c.Categories.Any(x => x.Id == partId) || c.AwardTiers.Any(x => x.Id == partId)) is { } campaign)
            {
                found[partId] = campaign;
            }
        }

        return found;
    }

    public async Task<Page<Campaign>> SearchAsync(CampaignFilter filter, IReadOnlyList<OrganizationPath> draftScopes, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Campaigns.AsNoTracking().Where(c => c.Phase != CampaignPhase.Draft);
        if (draftScopes.Count > 0)
        {
            // Drafts too, where the viewer manages campaigns: organizer path under one of the viewer's scopes.
            var scopes = draftScopes.Select(p => p.Value).ToList();
            var draftOrganizers = db.Organizations.Where(OrganizationPaths.WithinAny(scopes)).Select(o => o.Id);
            query = db.Campaigns.AsNoTracking().Where(c => c.Phase != CampaignPhase.Draft || draftOrganizers.Contains(c.OrganizerId));
        }
        if (filter.Phases is { Count: > 0 } phases)
        {
            query = query.Where(c => phases.Contains(c.Phase));
        }

        if (filter.OrganizerId is { } organizerId)
        {
            query = query.Where(c => c.OrganizerId == organizerId);
        }

        foreach (var word in VietnameseText.FoldedWords(filter.Search))
        {
            query = query.Where(c => c.SearchKey.Contains(word));
        }

        return await KeysetPager.PageAsync(query, c => c.SortKey, page, cancellationToken);
    }

    public async Task<int> CountSubmittedEntriesAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Entries.CountAsync(e => e.CampaignId == campaignId && e.Status != EntryStatus.Draft, cancellationToken);
    }

    public async Task<CampaignUsage> GetUsageAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Attachments and panel categories are JSON columns: read them per row and combine here.
        var entries = await db.Entries.AsNoTracking()
            .Where(e => e.CampaignId == campaignId)
            .Select(e => new { e.CategoryId, e.Attachments })
            .ToListAsync(cancellationToken);
        var panelCategories = await db.Panels.AsNoTracking()
            .Where(p => p.CampaignId == campaignId)
            .Select(p => p.CategoryIds)
            .ToListAsync(cancellationToken);
        var hasAssignments = await db.Assignments.AnyAsync(a => a.CampaignId == campaignId, cancellationToken);
        return new CampaignUsage(
            entries.Select(e => e.CategoryId).Concat(panelCategories.SelectMany(ids => ids)).ToHashSet(),
            entries.SelectMany(e => e.Attachments).Select(a => a.ContentType).ToHashSet(StringComparer.OrdinalIgnoreCase),
            hasAssignments);
    }
}
