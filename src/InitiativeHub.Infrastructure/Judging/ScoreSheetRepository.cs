using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Judging;

public sealed class ScoreSheetRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IScoreSheetRepository
{
    public async Task<ScoreSheet?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ScoreSheets.AsNoTracking().FirstOrDefaultAsync(s => s.EntryId == entryId && s.JudgeId == judgeId, cancellationToken);
    }

    public async Task SaveAsync(ScoreSheet sheet, bool isNew, AssignmentRecord assignment, Guid actorId, string action, object summary, CancellationToken cancellationToken)
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
        await db.SaveAuditedAsync(clock, actorId, "ScoreSheet", sheet.Id, action, summary, cancellationToken);
    }
}
