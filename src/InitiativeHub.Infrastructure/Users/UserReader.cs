using InitiativeHub.Application.Users;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Users;

public sealed class UserReader(IDbContextFactory<AppDbContext> contexts) : IUserReader
{
    public async Task<IReadOnlyDictionary<Guid, UserProfile>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, UserProfile>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            // Accounts registered through the API without a name show their email until they set one.
            .Select(u => new UserProfile(u.Id, u.Email, u.FullName == string.Empty ? u.Email ?? string.Empty : u.FullName, u.OrganizationId))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
    }
}
