using InitiativeHub.Domain.Access;

namespace InitiativeHub.Application.Access;

/// <summary>Reads role grants (with each organization's path) from the system of record.</summary>
public interface IRoleGrantReader
{
    Task<IReadOnlyList<RoleGrant>> GetGrantsAsync(Guid userId, CancellationToken cancellationToken);
}
