using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Campaigns;

public sealed class CampaignRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : ICampaignRepository
{
    public async Task<Campaign?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task AddAsync(Campaign campaign, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Campaigns.Add(campaign);
        await db.SaveAuditedAsync(
            clock, actorId, "Campaign", campaign.Id, "created",
            new { campaign.Title, campaign.OrganizerId, Phase = campaign.Phase.ToString(), campaign.SubmissionOpensAt, campaign.SubmissionClosesAt }, cancellationToken);
    }

    public async Task SaveAsync(Campaign campaign, Guid actorId, string action, object summary, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Campaigns.Update(campaign);
        await db.SaveAuditedAsync(clock, actorId, "Campaign", campaign.Id, action, summary, cancellationToken);
    }

    public async Task PublishAsync(Campaign campaign, IReadOnlySet<Guid> awardedEntryIds, Guid actorId, object summary, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Campaigns.Update(campaign);
        var awarded = awardedEntryIds.ToList();
        var open = AwardProposal.DecidedAtPublication.ToList();
        var now = clock.GetUtcNow();
        await db.SaveAuditedAsync(
            clock, actorId, "Campaign", campaign.Id, "published", summary, cancellationToken,
            async () =>
            {
                var contest = db.Entries.Where(e => e.CampaignId == campaign.Id && open.Contains(e.Status));
                await contest.Where(e => awarded.Contains(e.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EntryStatus.Awarded).SetProperty(e => e.UpdatedAt, now), cancellationToken);
                await contest.Where(e => !awarded.Contains(e.Id))
                    .ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, EntryStatus.NotAwarded).SetProperty(e => e.UpdatedAt, now), cancellationToken);
            });
    }
}
