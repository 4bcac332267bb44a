using GraphQL.Types;

namespace InitiativeHub.GraphQL.Users;

public sealed class GrantRoleInputGraphType : InputObjectGraphType<GrantRoleInput>
{
    public GrantRoleInputGraphType()
    {
        Name = "GrantRoleInput";
        Field<NonNullGraphType<IdGraphType>>("userId");
        Field<NonNullGraphType<RoleGraphType>>("role");
        Field<NonNullGraphType<IdGraphType>>("organizationId");
    }
}
