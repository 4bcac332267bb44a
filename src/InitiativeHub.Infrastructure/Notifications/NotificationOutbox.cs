using InitiativeHub.Application.Notifications;
using InitiativeHub.Infrastructure.Data;

namespace InitiativeHub.Infrastructure.Notifications;

/// <summary>Adds notices to the outbox in the caller's unit of work, so they commit with the change they report.</summary>
public static class NotificationOutbox
{
    public static void Add(AppDbContext db, TimeProvider clock, IReadOnlyList<NotificationRequest> notifications)
    {
        foreach (var notice in notifications)
        {
            db.Notifications.Add(new NotificationRecord
            {
                Id = Guid.CreateVersion7(),
                UserId = notice.UserId,
                Kind = notice.Kind,
                Title = notice.Title,
                Body = notice.Body,
                EntryId = notice.EntryId,
                CreatedAt = clock.GetUtcNow(),
            });
        }
    }
}
