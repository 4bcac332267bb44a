using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Awards;

namespace InitiativeHub.Application.Awards;

/// <summary>The stored awards. Every write commits with its audit record (signed by the acting user) or not at all.</summary>
public interface IAwardRepository
{
    Task<IReadOnlyList<Award>> ListByCampaignAsync(Guid campaignId, CancellationToken cancellationToken);

    /// <summary>Awards of the entries (any campaign): a duplicate's original may be awarded elsewhere.</summary>
    Task<IReadOnlyList<Award>> ListByEntriesAsync(IReadOnlyCollection<Guid> entryIds, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Award>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>A campaign's awards in the statuses given (all when null), in proposal order.</summary>
    Task<Page<Award>> ListAsync(Guid campaignId, IReadOnlyCollection<AwardStatus>? statuses, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Approved awards of published campaigns, optionally matching <paramref name="search"/> in the entry's title.</summary>
    Task<Page<Award>> ListPublishedAsync(string? search, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Adds new proposals, or saves decided/revoked awards, with one audit record for the step.</summary>
    Task SaveAsync(IReadOnlyList<Award> added, IReadOnlyList<Award> changed, Guid campaignId, Guid actorId, string action, object summary, CancellationToken cancellationToken);
}
