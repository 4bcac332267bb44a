using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Users;

public sealed class GrantRolePayloadGraphType : PayloadGraphType<UserProfile>
{
    public GrantRolePayloadGraphType()
        : base("GrantRolePayload")
    {
        Field<UserGraphType>("user").Resolve(c => c.Source.Result);
    }
}
