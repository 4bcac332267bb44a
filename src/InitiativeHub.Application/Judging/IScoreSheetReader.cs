using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Read side of score sheets.</summary>
public interface IScoreSheetReader
{
    /// <summary>The sheets (any status) of the given entries.</summary>
    Task<IReadOnlyList<ScoreSheet>> ListByEntriesAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken);

    /// <summary>A judge's sheets (any status) in one campaign.</summary>
    Task<IReadOnlyList<ScoreSheet>> ListByJudgeAsync(Guid judgeId, Guid campaignId, CancellationToken cancellationToken);
}
