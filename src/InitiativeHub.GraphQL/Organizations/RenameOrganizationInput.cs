namespace InitiativeHub.GraphQL.Organizations;

public sealed class RenameOrganizationInput
{
    public string OrganizationId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
