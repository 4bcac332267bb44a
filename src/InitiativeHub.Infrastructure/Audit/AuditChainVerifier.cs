using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Audit;

/// <summary>Walks the audit log in order and reports the first record whose hash or link does not hold.</summary>
public sealed class AuditChainVerifier(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<AuditChainReport> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var expectedPrevious = AuditLog.GenesisHash;
        var expectedSequence = 1L;
        var count = 0L;
        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (record.Sequence != expectedSequence)
            {
                return new AuditChainReport(false, count, record.Sequence, $"record {expectedSequence} is missing");
            }

            if (record.PreviousHash != expectedPrevious)
            {
                return new AuditChainReport(false, count, record.Sequence, "link to the previous record is broken");
            }

            if (AuditLog.ComputeHash(record) != record.Hash)
            {
                return new AuditChainReport(false, count, record.Sequence, "content does not match its hash");
            }

            expectedPrevious = record.Hash;
            expectedSequence++;
            count++;
        }

        return new AuditChainReport(true, count, null, null);
    }
}
