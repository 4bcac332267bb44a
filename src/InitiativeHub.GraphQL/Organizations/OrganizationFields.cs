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

        mutation.Field<NonNullGraphType<RenameOrganizationPayloadGraphType>>("renameOrganization")
            .Description("Renames an organization; what it issued before keeps the name in force then.")
            .Argument<NonNullGraphType<RenameOrganizationInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RenameOrganizationInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<OrganizationService>().RenameAsync(
                    c.GetViewer(), GlobalId.Decode(input.OrganizationId, OrganizationGraphType.TypeName, "organizationId"), input.Name, c.CancellationToken));
            });

        mutation.Field<NonNullGraphType<MergeOrganizationsPayloadGraphType>>("mergeOrganizations")
            .Description("Merges organizations into a successor: they keep their history and reports roll them into it.")
            .Argument<NonNullGraphType<MergeOrganizationsInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MergeOrganizationsInput>("input");
                return await MutationRunner.RunAsync(() => c.Service<OrganizationService>().MergeAsync(
                    c.GetViewer(),
                    input.OrganizationIds.Select(id => GlobalId.Decode(id, OrganizationGraphType.TypeName, "organizationIds")).ToList(),
                    GlobalId.Decode(input.SuccessorId, OrganizationGraphType.TypeName, "successorId"),
                    c.CancellationToken));
            });
    }
}
