using InitiativeHub.Application.Access;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Notifications;

/// <summary>Use cases of in-app notices: a user reads only their own.</summary>
public sealed class NoticeService(IAccessControl access, INoticeStore store, TimeProvider clock)
{
    public const int MaxCount = 100;

    public async Task<IReadOnlyList<Notice>> GetLatestAsync(Viewer viewer, int? count, bool unreadOnly, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var take = count ?? 20;
        if (take is < 1 or > MaxCount)
        {
            throw new ValidationException($"Số thông báo phải từ 1 đến {MaxCount}.", "first");
        }

        return await store.GetLatestAsync(userId, take, unreadOnly, cancellationToken);
    }

    public async Task<int> MarkReadAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await store.MarkReadAsync(access.RequireUser(viewer), ids, clock.GetUtcNow(), cancellationToken);
}
