namespace InitiativeHub.Infrastructure.Notifications;

/// <summary>
/// An in-app notice, written in the same transaction as the change it reports; the outbox dispatcher mails it and
/// stamps <see cref="EmailedAt"/>.
/// </summary>
public sealed class NotificationRecord
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public Guid? EntryId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }

    public int EmailAttempts { get; set; }
}
