using InitiativeHub.Domain.Access;

namespace InitiativeHub.Infrastructure.Users;

/// <summary>The stored form of a role grant.</summary>
public sealed class RoleGrantRecord
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Role Role { get; set; }

    public Guid OrganizationId { get; set; }

    public Guid? GrantedBy { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
