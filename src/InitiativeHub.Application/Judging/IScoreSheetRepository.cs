using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Score sheets, written by the judging grain only; a sheet and its assignment's status commit together, audited.</summary>
public interface IScoreSheetRepository
{
    Task<ScoreSheet?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken);

    Task SaveAsync(ScoreSheet sheet, bool isNew, AssignmentRecord assignment, Guid actorId, string action, object summary, CancellationToken cancellationToken);
}
