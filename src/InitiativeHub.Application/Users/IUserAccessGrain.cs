using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Users;

/// <summary>The single writer of one user's role grants, keyed by the user's id.</summary>
public interface IUserAccessGrain : IGrainWithGuidKey
{
    /// <summary>Grants the role; granting one the user already holds changes nothing and succeeds.</summary>
    Task<CommandResult<bool>> GrantRoleAsync(GrantRoleCommand command);
}
