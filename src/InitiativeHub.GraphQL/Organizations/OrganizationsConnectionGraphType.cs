using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class OrganizationsConnectionGraphType()
    : ConnectionGraphType<OrganizationsEdgeGraphType, OrganizationGraphType, Organization>("Organizations");
