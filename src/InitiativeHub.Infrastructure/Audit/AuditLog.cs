using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Audit;

/// <summary>
/// Appends hash-chained audit records inside the caller's transaction, so a state change and its record commit
/// together or not at all. Appends are serialized: SQLite transactions start IMMEDIATE (one writer), PostgreSQL
/// takes a transaction-scoped advisory lock.
/// </summary>
public static class AuditLog
{
    /// <summary>The hash before the first record.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private const long PostgresAdvisoryLockKey = 0x1A_0D_17;

    private static readonly JsonSerializerOptions SummaryJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Adds a record to the context (saved with the caller's SaveChanges).</summary>
    public static async Task AppendAsync(
        AppDbContext db, TimeProvider clock, Guid? actorId, string entityType, Guid entityId, string action, object summary, CancellationToken cancellationToken)
    {
        await SerializeWritersAsync(db, cancellationToken);
        var pending = db.ChangeTracker.Entries<AuditRecord>().Select(e => e.Entity).OrderByDescending(a => a.Sequence).FirstOrDefault();
        var last = pending ?? await db.AuditRecords.AsNoTracking().OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
        var record = new AuditRecord
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            // At the stored precision, so the hash computed here is the one a verifier recomputes from the row.
            At = StorageClock.Truncate(clock.GetUtcNow()),
            ActorId = actorId,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Summary = JsonSerializer.Serialize(summary, SummaryJson),
            PreviousHash = last?.Hash ?? GenesisHash,
        };
        record.Hash = ComputeHash(record);
        db.AuditRecords.Add(record);
    }

    /// <summary>
    /// Makes the caller's transaction the only writer of audited changes until it ends: on PostgreSQL a
    /// transaction-scoped advisory lock (taken again by the same transaction at no cost); SQLite already has one
    /// writer. Call it before reading anything the write depends on (the last audit record, a receipt sequence).
    /// </summary>
    public static async Task SerializeWritersAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey})", cancellationToken);
        }
    }

    /// <summary>SHA-256 over the previous hash and this record's fields, in a fixed order and format.</summary>
    public static string ComputeHash(AuditRecord record)
    {
        var canonical = string.Join(
            '\n',
            record.PreviousHash,
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            record.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            record.ActorId?.ToString("N") ?? "-",
            record.EntityType,
            record.EntityId.ToString("N"),
            record.Action,
            record.Summary);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
