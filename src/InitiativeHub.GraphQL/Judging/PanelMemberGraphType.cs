using GraphQL.Types;
using InitiativeHub.Application.Judging;
using InitiativeHub.GraphQL.Users;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelMemberGraphType : ObjectGraphType<PanelMemberProfile>
{
    public PanelMemberGraphType()
    {
        Name = "PanelMember";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(c => c.Source.User);
        Field<NonNullGraphType<PanelRoleGraphType>>("role").Resolve(c => c.Source.Role);
    }
}
