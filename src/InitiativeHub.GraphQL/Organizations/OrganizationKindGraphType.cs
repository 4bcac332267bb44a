using GraphQL.Types;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.GraphQL.Organizations;

/// <summary><c>OrganizationKind</c>: PROVINCE_PEOPLES_COMMITTEE, COMMUNE_PEOPLES_COMMITTEE, SCHOOL…</summary>
public sealed class OrganizationKindGraphType : EnumerationGraphType<OrganizationKind>
{
    public OrganizationKindGraphType() => Name = "OrganizationKind";
}
