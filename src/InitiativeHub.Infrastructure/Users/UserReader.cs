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

    public async Task<IReadOnlyDictionary<string, UserProfile>> FindByEmailsAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, UserProfile>(StringComparer.OrdinalIgnoreCase);
        if (emails.Count == 0)
        {
            return found;
        }

        // Identity's stored lookup form of an email is its upper-invariant text.
        var normalized = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => new { u.NormalizedEmail, Profile = new UserProfile(u.Id, u.Email, u.FullName == string.Empty ? u.Email ?? string.Empty : u.FullName, u.OrganizationId) })
            .ToListAsync(cancellationToken);
        foreach (var email in emails)
        {
            if (users.FirstOrDefault(u => string.Equals(u.NormalizedEmail, email.Trim(), StringComparison.OrdinalIgnoreCase)) is { } user)
            {
                found[email] = user.Profile;
            }
        }

        return found;
    }
}
