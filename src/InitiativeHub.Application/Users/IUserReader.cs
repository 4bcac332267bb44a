namespace InitiativeHub.Application.Users;

/// <summary>Read side of user accounts.</summary>
public interface IUserReader
{
    Task<IReadOnlyDictionary<Guid, UserProfile>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
