using GraphQL.Types;
using InitiativeHub.Domain.Access;

namespace InitiativeHub.GraphQL.Users;

public sealed class RoleGraphType : EnumerationGraphType<Role>
{
    public RoleGraphType() => Name = "Role";
}
