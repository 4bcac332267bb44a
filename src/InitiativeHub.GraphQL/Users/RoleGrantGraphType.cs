using GraphQL.Types;
using InitiativeHub.Domain.Access;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;

namespace InitiativeHub.GraphQL.Users;

/// <summary>A role held at an organization (and over its subtree).</summary>
public sealed class RoleGrantGraphType : ObjectGraphType<RoleGrant>
{
    public RoleGrantGraphType()
    {
        Name = "RoleGrant";
        Field<NonNullGraphType<RoleGraphType>>("role").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<OrganizationGraphType>>("organization")
            .Resolve(c => c.Service<RequestLoaders>().OrganizationById.Load(c.Source.OrganizationId));
    }
}
