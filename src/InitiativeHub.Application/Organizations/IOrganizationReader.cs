using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Organizations;

/// <summary>Read side of organizations: lookups by id, paths for authorization, search and children lists.</summary>
public interface IOrganizationReader
{
    Task<OrganizationPath?> GetPathAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Organization>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every merged organization and its direct successor (the lineage graph; small: one row per merge).</summary>
    Task<IReadOnlyDictionary<Guid, Guid?>> GetMergesAsync(CancellationToken cancellationToken);

    /// <summary>Organizations matching the query, ordered by folded name then id, keyset-paged.</summary>
    Task<Page<Organization>> SearchAsync(OrganizationQuery query, PageRequest page, CancellationToken cancellationToken);
}
