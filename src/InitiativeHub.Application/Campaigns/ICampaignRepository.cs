using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Campaigns;

/// <summary>Write side of campaigns, used by the campaign grain (and read by the entry grain for the rules).</summary>
public interface ICampaignRepository
{
    Task<Campaign?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Adds the campaign with its audit record in one transaction.</summary>
    Task AddAsync(Campaign campaign, Guid actorId, CancellationToken cancellationToken);

    /// <summary>Saves a change with its audit record (action and before/after summary) in one transaction.</summary>
    Task SaveAsync(Campaign campaign, Guid actorId, string action, object summary, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the campaign as published and, in the same transaction, ends each entry still in the contest AWARDED
    /// (those in <paramref name="awardedEntryIds"/>) or NOT_AWARDED.
    /// </summary>
    Task PublishAsync(Campaign campaign, IReadOnlySet<Guid> awardedEntryIds, Guid actorId, object summary, CancellationToken cancellationToken);
}
