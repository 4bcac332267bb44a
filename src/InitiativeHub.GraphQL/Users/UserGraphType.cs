using GraphQL.Types;
using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Users;

/// <summary>An account, as the viewer may see it (their own, or people in organizations they administer).</summary>
public sealed class UserGraphType : ObjectGraphType<UserProfile>
{
    public const string TypeName = "User";

    public UserGraphType()
    {
        Name = TypeName;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is UserProfile;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<StringGraphType>("email").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<StringGraphType>>("fullName").Resolve(c => c.Source.FullName);
        Field<OrganizationGraphType>("organization").Resolve(c =>
            c.Source.OrganizationId is { } id ? c.Service<RequestLoaders>().OrganizationById.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantGraphType>>>>("roles")
            .Description("The user's roles, limited to organizations where the viewer may see them.")
            .ResolveAsync(async c => await c.Service<UserService>().GetGrantsAsync(c.GetViewer(), c.Source.Id, c.CancellationToken));
    }
}
