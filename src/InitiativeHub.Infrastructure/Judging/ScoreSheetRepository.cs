using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class ScoreSheetRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IScoreSheetRepository, IScoreSheetReader
{
    public async Task<ScoreSheet?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ScoreSheets.AsNoTracking().FirstOrDefaultAsync(s => s.EntryId == entryId && s.JudgeId == judgeId, cancellationToken);
    }

    public async Task<IReadOnlyList<ScoreSheet>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ScoreSheets.AsNoTracking()
            .Where(s => db.Entries.Any(e => e.Id == s.EntryId && e.CampaignId == campaignId))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScoreSheet>> ListByEntriesAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ScoreSheets.AsNoTracking().Where(s => entryIds.Contains(s.EntryId)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScoreSheet>> ListByJudgeAsync(Guid judgeId, Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ScoreSheets.AsNoTracking()
            .Where(s => s.JudgeId == judgeId && db.Entries.Any(e => e.Id == s.EntryId && e.CampaignId == campaignId))
            .ToListAsync(cancellationToken);
    }

    public async Task SaveAsync(
        ScoreSheet sheet,
        bool isNew,
        AssignmentRecord assignment,
        IReadOnlyList<EntryResultRecord> results,
        Guid actorId,
        string action,
        object summary,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (isNew)
        {
            db.ScoreSheets.Add(sheet);
        }
        else
        {
            db.ScoreSheets.Update(sheet);
        }

        db.Assignments.Update(assignment);

        // Results are derived, so the set is replaced whole: an entry that left judging leaves the table too.
        // Looked up by key: a linear search per result made every sheet quadratic in the campaign's entries.
        var stored = await db.EntryResults.Where(r => r.CampaignId == assignment.CampaignId).ToDictionaryAsync(r => r.EntryId, cancellationToken);
        var incoming = results.ToDictionary(r => r.EntryId);
        db.EntryResults.RemoveRange(stored.Values.Where(r => !incoming.ContainsKey(r.EntryId)));
        foreach (var result in results)
        {
            if (stored.GetValueOrDefault(result.EntryId) is { } existing)
            {
                db.Entry(existing).CurrentValues.SetValues(result);
            }
            else
            {
                db.EntryResults.Add(result);
            }
        }

        await db.SaveAuditedAsync(clock, actorId, "ScoreSheet", sheet.Id, action, summary, cancellationToken);
    }
}
