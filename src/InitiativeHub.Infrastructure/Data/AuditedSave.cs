using InitiativeHub.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// The one way repositories write: the tracked changes, the audit record (and whatever else the caller adds in
/// the <c>beforeCommit</c> callback) commit in one transaction, or nothing does.
/// </summary>
public static class AuditedSave
{
    public static Task SaveAuditedAsync(
        this AppDbContext db,
        TimeProvider clock,
        Guid? actorId,
        string entityType,
        Guid entityId,
        string action,
        object summary,
        CancellationToken cancellationToken,
        Func<Task>? beforeCommit = null) =>
        db.WriteAuditedAsync(
            async token =>
            {
                await AuditLog.AppendAsync(db, clock, actorId, entityType, entityId, action, summary, token);
                await db.SaveChangesAsync(token);
                if (beforeCommit is not null)
                {
                    await beforeCommit();
                }

                return true;
            },
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="unit"/> (reads, writes and the audit append it makes on <paramref name="db"/>) as one
    /// atomic, durable write and returns its result once committed. On SQLite the unit joins the database's group
    /// commit (<see cref="SqliteGroupCommit"/>): a batch of concurrent units shares one transaction and one fsync,
    /// each unit in its own savepoint. PostgreSQL keeps one transaction per unit; the server groups commits itself.
    /// </summary>
    public static async Task<T> WriteAuditedAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return await SqliteGroupCommit.For(db).RunAsync(db, unit, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await unit(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
