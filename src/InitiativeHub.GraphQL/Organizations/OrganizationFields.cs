using GraphQL;
using GraphQL.Types;
using InitiativeHub.Application.Organizations;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.Conventions;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Organizations;

/// <summary>The organization fields of Query and Mutation.</summary>
public static class OrganizationFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OrganizationsConnectionGraphType>>("organizations")
            .Description("Organizations, ordered by name. `search` ignores Vietnamese diacritics; `parentId` keeps one organization's children.")
            .Argument<StringGraphType>("search")
            .Argument<IdGraphType>("parentId")
            .ForwardPaging()
            .ResolveAsync(async c =>
            {
                var parentId = GlobalId.DecodeOptional(c.GetArgument<string?>("parentId"), OrganizationGraphType.TypeName, "parentId");
                return await c.Service<OrganizationService>().SearchAsync(
                    new OrganizationQuery(c.GetArgument<string?>("search"), parentId), c.GetPageRequest(), c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateOrganizationPayloadGraphType>>("createOrganization")
            .Argument<NonNullGraphType<CreateOrganizationInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateOrganizationInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<OrganizationService>().CreateAsync(
                    c.GetViewer(),
                    input.Name,
                    input.Code,
                    input.Kind,
                    GlobalId.DecodeOptional(input.ParentId, OrganizationGraphType.TypeName, "parentId"),
                    c.CancellationToken));
            });
    }
}
