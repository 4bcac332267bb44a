using InitiativeHub.Application.Common.Results;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Grains.Organizations;

/// <summary>Single writer of one organization: creation (and later renames and merges) go through here.</summary>
public sealed class OrganizationGrain(IOrganizationRepository repository, TimeProvider clock) : Grain, IOrganizationGrain
{
    public Task<CommandResult<Guid>> CreateAsync(CreateOrganizationCommand command) =>
        CommandRunner.RunAsync(async () =>
        {
            var id = this.GetPrimaryKey();
            if (await repository.GetAsync(id, CancellationToken.None) is { } existing)
            {
                // A retried create of the same organization is answered, not repeated.
                return existing.Name == VietnameseText.Normalize(command.Name) && existing.ParentId == command.ParentId
                    ? existing.Id
                    : throw new DomainException(ErrorCodes.Conflict, "Tổ chức này đã tồn tại.");
            }

            Organization? parent = null;
            if (command.ParentId is { } parentId)
            {
                parent = await repository.GetAsync(parentId, CancellationToken.None)
                    ?? throw new NotFoundException("Không tìm thấy tổ chức cấp trên.", "parentId");
            }

            var organization = Organization.Create(id, command.Name, command.Code, command.Kind, parent, clock.GetUtcNow());
            await repository.AddAsync(organization, command.ActorId, CancellationToken.None);
            return organization.Id;
        });

    public Task<CommandResult<Guid>> RenameAsync(string name, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var organization = await LoadAsync();
            var previous = organization.Name;
            organization.Rename(name);
            await repository.SaveAsync(organization, actorId, "renamed", new { From = previous, To = organization.Name }, CancellationToken.None);
            return organization.Id;
        });

    public Task<CommandResult<Guid>> MergeIntoAsync(Guid successorId, Guid actorId) =>
        CommandRunner.RunAsync(async () =>
        {
            var organization = await LoadAsync();
            var successor = await repository.GetAsync(successorId, CancellationToken.None)
                ?? throw new NotFoundException("Không tìm thấy đơn vị nhận sáp nhập.", "successorId");
            organization.MergeInto(successor, clock.GetUtcNow());
            await repository.SaveAsync(organization, actorId, "merged", new { organization.Name, SuccessorId = successor.Id, Successor = successor.Name }, CancellationToken.None);
            return organization.Id;
        });

    private async Task<Organization> LoadAsync() =>
        await repository.GetAsync(this.GetPrimaryKey(), CancellationToken.None) ?? throw new NotFoundException("Không tìm thấy tổ chức.", "organizationId");
}
