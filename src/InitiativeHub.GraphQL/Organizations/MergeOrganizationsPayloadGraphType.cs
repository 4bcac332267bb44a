using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class MergeOrganizationsPayloadGraphType : PayloadGraphType<Organization>
{
    public MergeOrganizationsPayloadGraphType()
        : base("MergeOrganizationsPayload")
    {
        Field<OrganizationGraphType>("successor").Resolve(c => c.Source.Result);
    }
}
