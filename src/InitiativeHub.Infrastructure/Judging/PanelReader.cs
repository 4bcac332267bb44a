using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class PanelReader(IDbContextFactory<AppDbContext> contexts) : IPanelReader
{
    public async Task<IReadOnlyList<Panel>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var panels = await db.Panels.AsNoTracking().Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken);
        return panels.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
    }


    public async Task<IReadOnlyDictionary<Guid, Panel>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Panels.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
