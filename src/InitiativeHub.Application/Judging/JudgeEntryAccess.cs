using InitiativeHub.Application.Entries;

namespace InitiativeHub.Application.Judging;

/// <summary>A judge may see an entry while holding a live (not conflicted) assignment for it.</summary>
public sealed class JudgeEntryAccess(IAssignmentReader assignments) : IJudgeEntryAccess
{
    public async Task<bool> IsAssignedAsync(Guid judgeId, Guid entryId, CancellationToken cancellationToken) =>
        await assignments.FindAsync(entryId, judgeId, cancellationToken) is { Status: not AssignmentStatus.Conflict };
}
