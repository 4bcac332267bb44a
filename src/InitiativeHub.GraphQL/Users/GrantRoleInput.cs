using InitiativeHub.Domain.Access;

namespace InitiativeHub.GraphQL.Users;

public sealed class GrantRoleInput
{
    public string UserId { get; set; } = string.Empty;

    public Role Role { get; set; }

    public string OrganizationId { get; set; } = string.Empty;
}
