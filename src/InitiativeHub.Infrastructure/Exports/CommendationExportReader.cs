using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// The commendation documents' data as this build stores it: award proposals and decisions and the council's votes
/// are not recorded yet, so no campaign has an awardee list, a decision to draft or minutes to write. The answers
/// are the truth about the stored data (nothing), so <c>startExport</c> refuses those documents with
/// EXPORT_DATA_NOT_AVAILABLE instead of producing an empty or invented one. When awards are stored, this reader
/// reads them and the documents in <c>Exports/Documents</c> write them unchanged.
/// </summary>
public sealed class CommendationExportReader : ICommendationExportReader
{
    public Task<bool> IsAvailableAsync(Campaign campaign, ExportKind kind, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<AwardeeListData?> ReadAwardeeListAsync(Campaign campaign, CancellationToken cancellationToken) => Task.FromResult<AwardeeListData?>(null);

    public Task<DecisionDraftData?> ReadDecisionDraftAsync(Campaign campaign, CancellationToken cancellationToken) => Task.FromResult<DecisionDraftData?>(null);

    public Task<CouncilMinutesData?> ReadCouncilMinutesAsync(Campaign campaign, CancellationToken cancellationToken) => Task.FromResult<CouncilMinutesData?>(null);
}
