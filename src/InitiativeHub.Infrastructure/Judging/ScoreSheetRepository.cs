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
        IReadOnlyList<EntryResultRecord> changedResults,
        IReadOnlyCollection<Guid> removedResults,
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

        // Only the rows the caller found changed are touched: reading and rewriting the campaign's whole result set made
        // every sheet cost seconds at 20,000 entries. They commit with the sheet, so a ranking read sees all or none.
        var touched = changedResults.Select(r => r.EntryId).Concat(removedResults).ToList();
        var stored = touched.Count == 0
            ? []
            : await db.EntryResults.Where(r => r.CampaignId == assignment.CampaignId && touched.Contains(r.EntryId)).ToDictionaryAsync(r => r.EntryId, cancellationToken);
        db.EntryResults.RemoveRange(removedResults.Select(id => stored.GetValueOrDefault(id)).OfType<EntryResultRecord>());
        foreach (var result in changedResults)
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
