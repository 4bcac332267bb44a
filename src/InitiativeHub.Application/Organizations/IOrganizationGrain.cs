using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Organizations;

/// <summary>The single writer of one organization, keyed by the organization's id.</summary>
public interface IOrganizationGrain : IGrainWithGuidKey
{
    /// <summary>Creates this organization; a retry with the same key and content returns the same id.</summary>
    Task<CommandResult<Guid>> CreateAsync(CreateOrganizationCommand command);
}
