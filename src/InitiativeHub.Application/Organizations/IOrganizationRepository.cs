using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Organizations;

/// <summary>Write side of organizations, used by the organization grain only.</summary>
public interface IOrganizationRepository
{
    Task<Organization?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Adds the organization and records the change in the audit log, in one transaction.</summary>
    Task AddAsync(Organization organization, Guid? actorId, CancellationToken cancellationToken);

    /// <summary>Saves a rename or merge with its audit record.</summary>
    Task SaveAsync(Organization organization, Guid actorId, string action, object summary, CancellationToken cancellationToken);
}
