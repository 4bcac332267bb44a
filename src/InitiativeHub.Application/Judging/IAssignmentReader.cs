using InitiativeHub.Application.Common.Paging;

namespace InitiativeHub.Application.Judging;

/// <summary>Read side of assignments.</summary>
public interface IAssignmentReader
{
    /// <summary>A judge's assignments, optionally of one campaign and in some statuses, oldest first.</summary>
    Task<Page<AssignmentRecord>> ListForJudgeAsync(
        Guid judgeId, Guid? campaignId, IReadOnlyCollection<AssignmentStatus>? statuses, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyList<AssignmentRecord>> ListByPanelAsync(Guid panelId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, AssignmentRecord>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<AssignmentRecord?> FindAsync(Guid entryId, Guid judgeId, CancellationToken cancellationToken);
}
