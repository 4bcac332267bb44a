using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Notifications;

public sealed class NoticeStore(IDbContextFactory<AppDbContext> contexts) : INoticeStore
{
    public async Task<IReadOnlyList<Notice>> GetLatestAsync(Guid userId, int count, bool unreadOnly, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        return await query
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(count)
            .Select(n => new Notice(n.Id, n.Kind, n.Title, n.Body, n.EntryId, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<int> MarkReadAsync(Guid userId, IReadOnlyCollection<Guid> ids, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Notifications
            .Where(n => n.UserId == userId && ids.Contains(n.Id) && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, at), cancellationToken);
    }
}
