using GraphQL.Types;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Common;
using InitiativeHub.GraphQL.DataLoading;
using InitiativeHub.GraphQL.Relay;
using InitiativeHub.GraphQL.Scalars;

namespace InitiativeHub.GraphQL.Organizations;

/// <summary>A body in the administrative tree. Names of public bodies are public.</summary>
public sealed class OrganizationGraphType : ObjectGraphType<Organization>
{
    public const string TypeName = "Organization";

    public OrganizationGraphType()
    {
        Name = TypeName;
        Description = "A public body or unit: Bộ, UBND tỉnh, Sở, UBND phường/xã, phòng, trường, tổ dân phố…";
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = value => value is Organization;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<OrganizationKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<OrganizationGraphType>("parent").Resolve(c =>
            c.Source.ParentId is { } parentId ? c.Service<RequestLoaders>().OrganizationById.Load(parentId) : null);
        Field<OrganizationGraphType>("successor")
            .Description("The organization this one was merged into; null while it stands on its own.")
            .Resolve(c => c.Source.SuccessorId is { } successorId ? c.Service<RequestLoaders>().OrganizationById.Load(successorId) : null);
        Field<VietnamDateTimeGraphType>("mergedAt").Resolve(c => c.Source.MergedAt);
        Field<NonNullGraphType<OrganizationsConnectionGraphType>>("children")
            .ForwardPaging()
            .ResolveAsync(async c => await c.Service<OrganizationService>()
                .SearchAsync(new OrganizationQuery(ParentId: c.Source.Id), c.GetPageRequest(), c.CancellationToken));
    }
}
