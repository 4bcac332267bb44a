using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Read side of panels.</summary>
public interface IPanelReader
{
    /// <summary>The campaign's panels, by name.</summary>
    Task<IReadOnlyList<Panel>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Panel>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
