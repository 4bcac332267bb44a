using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Notifications;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Entries;

public sealed class EntryRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IEntryRepository
{
    public async Task<Entry?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    public async Task AddAsync(Entry entry, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Entries.Add(entry);
        await db.SaveAuditedAsync(
            clock, actorId, "Entry", entry.Id, "created", new { entry.CampaignId, entry.Content.Title, Status = entry.Status.ToString() }, cancellationToken,
            () => EntrySearchIndex.UpsertAsync(db, entry, cancellationToken));
    }

    public async Task SaveAsync(Entry entry, Guid actorId, string action, object summary, IReadOnlyList<NotificationRequest> notifications, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Entries.Update(entry);
        NotificationOutbox.Add(db, clock, notifications);
        await db.SaveAuditedAsync(
            clock, actorId, "Entry", entry.Id, action, summary, cancellationToken,
            () => EntrySearchIndex.UpsertAsync(db, entry, cancellationToken));
    }

    public async Task<Receipt> SaveSubmissionAsync(
        Entry entry, SubmittedVersion version, string? idempotencyKey, Guid actorId, Func<Receipt, IReadOnlyList<NotificationRequest>> notifications, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WriteAuditedAsync(
            async token =>
            {
                // The sequence is read inside the write transaction once it is the only writer (SQLite has one
                // writer, on PostgreSQL the audit lock is taken first); the unique index on (campaign, sequence)
                // backs this up.
                await Audit.AuditLog.SerializeWritersAsync(db, token);
                var sequence = 1 + (await db.EntryVersions.Where(v => v.CampaignId == entry.CampaignId).MaxAsync(v => (int?)v.ReceiptSequence, token) ?? 0);
                var number = ReceiptNumbers.Format(entry.CampaignId, sequence);
                entry.SetReceiptNumber(number);
                db.Entries.Update(entry);
                db.EntryVersions.Add(new EntryVersionEntity
                {
                    Id = Guid.CreateVersion7(),
                    EntryId = entry.Id,
                    CampaignId = entry.CampaignId,
                    Version = version.Version,
                    ReceiptSequence = sequence,
                    ReceiptNumber = number,
                    Digest = version.Digest,
                    SubmittedAt = version.SubmittedAt,
                    CanonicalForm = version.CanonicalForm,
                    IdempotencyKey = idempotencyKey,
                });
                var receipt = new Receipt(number, version.SubmittedAt, version.Digest);
                NotificationOutbox.Add(db, clock, notifications(receipt));
                await Audit.AuditLog.AppendAsync(
                    db, clock, actorId, "Entry", entry.Id, "submitted", new { version.Version, ReceiptNumber = number, version.Digest }, token);
                await db.SaveChangesAsync(token);
                await EntrySearchIndex.UpsertAsync(db, entry, token);
                return receipt;
            },
            cancellationToken);
    }

    public async Task<EntryVersionRecord?> FindVersionByIdempotencyKeyAsync(Guid entryId, string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = await db.EntryVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.EntryId == entryId && v.IdempotencyKey == idempotencyKey, cancellationToken);
        return version?.ToRecord();
    }
}
