using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Organizations;

/// <summary>The single writer of one organization, keyed by the organization's id.</summary>
public interface IOrganizationGrain : IGrainWithGuidKey
{
    /// <summary>Creates this organization; a retry with the same key and content returns the same id.</summary>
    Task<CommandResult<Guid>> CreateAsync(CreateOrganizationCommand command);

    /// <summary>Renames this organization; documents already issued keep the old name.</summary>
    Task<CommandResult<Guid>> RenameAsync(string name, Guid actorId);

    /// <summary>Merges this organization into <paramref name="successorId"/>; its history stays.</summary>
    Task<CommandResult<Guid>> MergeIntoAsync(Guid successorId, Guid actorId);
}
