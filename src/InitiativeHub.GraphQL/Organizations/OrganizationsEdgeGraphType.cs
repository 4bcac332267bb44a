using InitiativeHub.Domain.Organizations;
using InitiativeHub.GraphQL.Relay;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class OrganizationsEdgeGraphType() : EdgeGraphType<OrganizationGraphType, Organization>("Organizations");
