using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Conventions;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class CreateOrganizationPayloadGraphType : PayloadGraphType<Organization>
{
    public CreateOrganizationPayloadGraphType()
        : base("CreateOrganizationPayload")
    {
        Field<OrganizationGraphType>("organization").Resolve(c => c.Source.Result);
    }
}
