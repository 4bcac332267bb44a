using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.GraphQL.Organizations;

public sealed class CreateOrganizationInput
{
    public string Name { get; set; } = string.Empty;

    public string? Code { get; set; }

    public OrganizationKind Kind { get; set; }

    public string? ParentId { get; set; }
}
