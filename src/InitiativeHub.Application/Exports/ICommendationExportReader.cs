using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>
/// Reads the commendation documents' data: approved awards (awardee list, decision draft) and the council's
/// deliberation and votes (minutes). Each read answers null while that data does not exist for the campaign, and
/// <see cref="IsAvailableAsync"/> lets <c>startExport</c> refuse up front with EXPORT_DATA_NOT_AVAILABLE.
/// </summary>
public interface ICommendationExportReader
{
    Task<bool> IsAvailableAsync(Campaign campaign, ExportKind kind, CancellationToken cancellationToken);

    Task<AwardeeListData?> ReadAwardeeListAsync(Campaign campaign, CancellationToken cancellationToken);

    Task<DecisionDraftData?> ReadDecisionDraftAsync(Campaign campaign, CancellationToken cancellationToken);

    Task<CouncilMinutesData?> ReadCouncilMinutesAsync(Campaign campaign, CancellationToken cancellationToken);
}
