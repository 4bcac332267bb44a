namespace InitiativeHub.GraphQL.Organizations;

public sealed class MergeOrganizationsInput
{
    public List<string> OrganizationIds { get; set; } = [];

    public string SuccessorId { get; set; } = string.Empty;
}
