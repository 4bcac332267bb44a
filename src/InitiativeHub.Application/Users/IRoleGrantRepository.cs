using InitiativeHub.Domain.Access;

namespace InitiativeHub.Application.Users;

/// <summary>Write side of role grants, used by the user-access grain only.</summary>
public interface IRoleGrantRepository
{
    Task<bool> UserExistsAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Adds the grant unless the user already holds it, auditing the change; returns false when it existed.</summary>
    Task<bool> AddAsync(Guid userId, Role role, Guid organizationId, Guid? actorId, CancellationToken cancellationToken);
}
