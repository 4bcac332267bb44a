using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Grains.Users;

/// <summary>Single writer of one user's role grants.</summary>
public sealed class UserAccessGrain(IRoleGrantRepository repository) : Grain, IUserAccessGrain
{
    public Task<CommandResult<bool>> GrantRoleAsync(GrantRoleCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var userId = this.GetPrimaryKey();
            if (!await repository.UserExistsAsync(userId, CancellationToken.None))
            {
                throw new NotFoundException("Không tìm thấy người dùng.", "userId");
            }

            return await repository.AddAsync(userId, command.Role, command.OrganizationId, command.ActorId, CancellationToken.None);
        });
}
