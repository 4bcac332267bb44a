namespace InitiativeHub.Application.Users;

/// <summary>Read side of user accounts.</summary>
public interface IUserReader
{
    Task<IReadOnlyDictionary<Guid, UserProfile>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The accounts with these emails (compared case-insensitively), keyed by the email as given.</summary>
    Task<IReadOnlyDictionary<string, UserProfile>> FindByEmailsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken);
}
