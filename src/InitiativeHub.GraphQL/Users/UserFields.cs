using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Users;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Users;

/// <summary>The account fields of Query and Mutation.</summary>
public static class UserFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<UserGraphType>("viewer")
            .Description("The signed-in user; null when anonymous.")
            .ResolveAsync(async c => await c.Service<UserService>().GetViewerAsync(c.GetViewer(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<GrantRolePayloadGraphType>>("grantRole")
            .Description("Grants a role at an organization; it applies to the organization's whole subtree.")
            .Argument<NonNullGraphType<GrantRoleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<GrantRoleInput>("input");
                var users = c.Service<UserService>();
                var viewer = c.GetViewer();
                return await MutationRunner.RunAsync(async () =>
                {
                    var userId = GlobalId.Decode(input.UserId, UserGraphType.TypeName, "userId");
                    var organizationId = GlobalId.Decode(input.OrganizationId, OrganizationGraphType.TypeName, "organizationId");
                    await users.GrantRoleAsync(viewer, userId, input.Role, organizationId, c.CancellationToken);
                    var visible = await users.GetVisibleAsync(viewer, [userId], c.CancellationToken);
                    return visible.GetValueOrDefault(userId);
                });
            });
    }
}
