using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>Write side of entries, used by the entry grain only. Every save carries its audit record and notices.</summary>
public interface IEntryRepository
{
    Task<Entry?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task AddAsync(Entry entry, Guid actorId, CancellationToken cancellationToken);

    Task SaveAsync(Entry entry, Guid actorId, string action, object summary, IReadOnlyList<NotificationRequest> notifications, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a submission: the entry, its frozen version and a new receipt number unique across campaigns
    /// (<c>{prefix}-{sequence in campaign}</c>), the audit record and notices, in one transaction. Returns the receipt.
    /// </summary>
    Task<Receipt> SaveSubmissionAsync(Entry entry, SubmittedVersion version, string? idempotencyKey, Guid actorId, Func<Receipt, IReadOnlyList<NotificationRequest>> notifications, CancellationToken cancellationToken);

    Task<EntryVersionRecord?> FindVersionByIdempotencyKeyAsync(Guid entryId, string idempotencyKey, CancellationToken cancellationToken);
}
