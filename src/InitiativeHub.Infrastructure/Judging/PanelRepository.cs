using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class PanelRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IPanelRepository
{
    public async Task<IReadOnlyList<Panel>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Panels.AsNoTracking().Where(p => p.CampaignId == campaignId).ToListAsync(cancellationToken);
    }

    public async Task AddAsync(Panel panel, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Panels.Add(panel);
        await db.SaveAuditedAsync(
            clock, actorId, "Panel", panel.Id, "created",
            new { panel.CampaignId, panel.Name, panel.CategoryIds, Members = panel.Members.Select(m => new { m.UserId, Role = m.Role.ToString(), m.Scores }) },
            cancellationToken);
    }
}
