namespace InitiativeHub.Application.Notifications;

/// <summary>The in-app side of the notification outbox: a user's notices, newest first, and marking them read.</summary>
public interface INoticeStore
{
    Task<IReadOnlyList<Notice>> GetLatestAsync(Guid userId, int count, bool unreadOnly, CancellationToken cancellationToken);

    /// <summary>Marks the user's own notices read (ids of other users' notices are ignored); returns how many changed.</summary>
    Task<int> MarkReadAsync(Guid userId, IReadOnlyCollection<Guid> ids, DateTimeOffset at, CancellationToken cancellationToken);
}
