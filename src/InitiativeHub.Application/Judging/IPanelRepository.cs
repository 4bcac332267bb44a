using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Write side of panels, used by the judging grain only. Every save carries its audit record.</summary>
public interface IPanelRepository
{
    Task<IReadOnlyList<Panel>> GetByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    Task AddAsync(Panel panel, Guid actorId, CancellationToken cancellationToken);
}
