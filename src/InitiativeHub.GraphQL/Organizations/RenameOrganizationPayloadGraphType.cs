using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class RenameOrganizationPayloadGraphType : PayloadGraphType<Organization>
{
    public RenameOrganizationPayloadGraphType()
        : base("RenameOrganizationPayload")
    {
        Field<OrganizationGraphType>("organization").Resolve(c => c.Source.Result);
    }
}
