using InitiativeHub.Infrastructure.Audit;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// The one way repositories write: the tracked changes, the audit record (and whatever else the caller adds in
/// the <c>beforeCommit</c> callback) commit in one transaction, or nothing does.
/// </summary>
public static class AuditedSave
{
    public static async Task SaveAuditedAsync(
        this AppDbContext db,
        TimeProvider clock,
        Guid? actorId,
        string entityType,
        Guid entityId,
        string action,
        object summary,
        CancellationToken cancellationToken,
        Func<Task>? beforeCommit = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditLog.AppendAsync(db, clock, actorId, entityType, entityId, action, summary, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (beforeCommit is not null)
        {
            await beforeCommit();
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
