namespace InitiativeHub.Application.Judging;

/// <summary>Council votes, written by the judging grain only, audited.</summary>
public interface IPanelVoteRepository
{
    Task AddAsync(PanelVoteRecord vote, CancellationToken cancellationToken);

    /// <summary>A panel's votes, oldest first.</summary>
    Task<IReadOnlyList<PanelVoteRecord>> ListByPanelAsync(Guid panelId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, PanelVoteRecord>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
