using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Entries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Tests.Data;

/// <summary>
/// SQLite group commit: concurrent audited writes share one transaction and one durable commit, each in its own
/// savepoint. To make a batch deterministic, a first write is held inside its unit (its <c>beforeCommit</c> waits on a
/// gate) while the others queue up behind it; they then form the next batch together.
/// </summary>
public sealed class SqliteGroupCommitTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private const string EntityType = "GroupCommitProbe";
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly Guid _actorId = Guid.NewGuid();

    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ManyConcurrentWriters_AreAllCommitted_InOneBatch_AndTheChainVerifies()
    {
        const int writers = 100;
        var writer = await WriterAsync();
        var (blocker, gate) = await StartHeldWriteAsync();
        var batchesBefore = writer.CommittedBatches;
        var ids = Enumerable.Range(0, writers).Select(_ => Guid.NewGuid()).ToList();
        var contexts = await Task.WhenAll(ids.Select(_ => NewContextAsync()));

        var writes = ids.Select((id, i) => contexts[i].SaveAuditedAsync(
            StorageClock.Default, _actorId, EntityType, id, "probed", new { Index = i }, Cancellation)).ToList();
        var queuedBehindTheHeldWrite = writer.QueuedUnits;
        gate.SetResult();
        await blocker;
        await Task.WhenAll(writes);
        var batchesAfter = writer.CommittedBatches;
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        await using var db = await NewContextAsync();
        var written = await db.AuditRecords.Where(a => a.EntityType == EntityType && ids.Contains(a.EntityId)).CountAsync(Cancellation);
        var report = await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation);
        Assert.Equal(writers, queuedBehindTheHeldWrite);
        Assert.Equal(writers, written);
        // The held write's batch, then one batch for all the writers that queued behind it.
        Assert.Equal(batchesBefore + 2, batchesAfter);
        Assert.True(report.IsValid, report.Problem);
    }

    [Fact]
    public async Task AFailingUnit_IsRolledBackAlone_AndOnlyItsCallerSeesTheFailure()
    {
        var existing = Organization.Create(Guid.NewGuid(), $"UBND xã Tân Phú {Guid.NewGuid():N}", null, OrganizationKind.CommunePeoplesCommittee, null, DateTimeOffset.UtcNow);
        await using (var setup = await NewContextAsync())
        {
            setup.Organizations.Add(existing);
            await setup.SaveAuditedAsync(StorageClock.Default, _actorId, "Organization", existing.Id, "created", new { existing.Name }, Cancellation);
        }

        var (blocker, gate) = await StartHeldWriteAsync();
        await using var first = await NewContextAsync();
        await using var throwing = await NewContextAsync();
        await using var duplicate = await NewContextAsync();
        await using var last = await NewContextAsync();
        Guid firstId = Guid.NewGuid(), throwingId = Guid.NewGuid(), duplicateId = Guid.NewGuid(), lastId = Guid.NewGuid();

        var firstWrite = ProbeAsync(first, firstId);
        var throwingWrite = ProbeAsync(throwing, throwingId, _ => throw new InvalidOperationException("Lỗi trong bước trước khi ghi."));
        // Same primary key as an organization already stored: the insert fails on its UNIQUE constraint.
        duplicate.Organizations.Add(Organization.Create(existing.Id, "UBND xã trùng khoá", null, OrganizationKind.CommunePeoplesCommittee, null, DateTimeOffset.UtcNow));
        var duplicateWrite = ProbeAsync(duplicate, duplicateId);
        var lastWrite = ProbeAsync(last, lastId);
        gate.SetResult();
        await blocker;

        await firstWrite;
        await lastWrite;
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => throwingWrite);
        var violation = await Assert.ThrowsAsync<DbUpdateException>(() => duplicateWrite);
        await using var db = await NewContextAsync();
        var stored = await db.AuditRecords.Where(a => a.EntityType == EntityType).Select(a => a.EntityId).ToListAsync(Cancellation);
        var report = await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation);
        Assert.Equal("Lỗi trong bước trước khi ghi.", thrown.Message);
        Assert.Contains("UNIQUE", violation.InnerException?.Message, StringComparison.Ordinal);
        Assert.Contains(firstId, stored);
        Assert.Contains(lastId, stored);
        Assert.DoesNotContain(throwingId, stored);
        Assert.DoesNotContain(duplicateId, stored);
        Assert.Equal(existing.Name, (await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == existing.Id, Cancellation)).Name);
        // The rolled-back units' audit records left no gap: sequences and links run on unbroken.
        Assert.True(report.IsValid, report.Problem);
    }

    [Fact]
    public async Task AFailingCommit_FailsEveryCallerOfTheBatch_AndKeepsNothingOfIt()
    {
        var (blocker, gate) = await StartHeldWriteAsync();
        await using var innocent = await NewContextAsync();
        await using var poisoned = await NewContextAsync();
        Guid innocentId = Guid.NewGuid(), poisonedId = Guid.NewGuid();

        var innocentWrite = ProbeAsync(innocent, innocentId);
        var poisonedWrite = ProbeAsync(poisoned, poisonedId, async db =>
        {
            // A deferred foreign key is only checked at COMMIT: the unit itself succeeds, the batch's commit fails.
            await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON", Cancellation);
            db.EntryVersions.Add(new EntryVersionEntity
            {
                Id = Guid.NewGuid(),
                EntryId = Guid.NewGuid(),
                CampaignId = Guid.NewGuid(),
                Version = 1,
                ReceiptSequence = 1,
                ReceiptNumber = $"X-{Guid.NewGuid():N}",
                Digest = new string('0', 64),
                SubmittedAt = new DateTimeOffset(2026, 4, 2, 9, 0, 0, Vietnam),
                CanonicalForm = "{}",
            });
            await db.SaveChangesAsync(Cancellation);
        });
        gate.SetResult();
        await blocker;

        var innocentFailure = await Assert.ThrowsAsync<SqliteException>(() => innocentWrite);
        var poisonedFailure = await Assert.ThrowsAsync<SqliteException>(() => poisonedWrite);
        await using var later = await NewContextAsync();
        var afterwards = Guid.NewGuid();
        await ProbeAsync(later, afterwards);

        await using var db = await NewContextAsync();
        var stored = await db.AuditRecords.Where(a => a.EntityType == EntityType).Select(a => a.EntityId).ToListAsync(Cancellation);
        var report = await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation);
        Assert.Same(innocentFailure, poisonedFailure);
        Assert.Contains("FOREIGN KEY", innocentFailure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(innocentId, stored);
        Assert.DoesNotContain(poisonedId, stored);
        Assert.Contains(afterwards, stored);
        Assert.True(report.IsValid, report.Problem);
    }

    [Fact]
    public async Task NoWrite_IsAcknowledged_BeforeItsBatchIsCommitted()
    {
        var (blocker, gate) = await StartHeldWriteAsync();
        await using var early = await NewContextAsync();
        await using var held = await NewContextAsync();
        var earlyId = Guid.NewGuid();
        var heldStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var heldGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var earlyWrite = ProbeAsync(early, earlyId);
        var heldWrite = ProbeAsync(held, Guid.NewGuid(), async _ =>
        {
            heldStarted.SetResult();
            await heldGate.Task;
        });
        gate.SetResult();
        await blocker;
        // The early unit ran before the held one in the same batch; the batch is not committed yet.
        await heldStarted.Task;
        var acknowledgedBeforeCommit = earlyWrite.IsCompleted;
        var visibleBeforeCommit = await CountProbesAsync(earlyId);
        heldGate.SetResult();
        await earlyWrite;
        await heldWrite;
        var visibleAfterCommit = await CountProbesAsync(earlyId);

        Assert.False(acknowledgedBeforeCommit);
        Assert.Equal(0, visibleBeforeCommit);
        Assert.Equal(1, visibleAfterCommit);
    }

    [Fact]
    public async Task AnAuditedWrite_StartedFromInsideAUnit_IsRefused_InsteadOfWaitingForItself()
    {
        await using var outer = await NewContextAsync();
        await using var inner = await NewContextAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => ProbeAsync(outer, Guid.NewGuid(), _ => ProbeAsync(inner, Guid.NewGuid())));

        Assert.Contains("inside another", failure.Message, StringComparison.Ordinal);
    }

    private async Task<SqliteGroupCommit> WriterAsync()
    {
        await using var db = await NewContextAsync();
        return SqliteGroupCommit.For(db);
    }

    /// <summary>Starts an audited write that stays inside its unit (holding its batch open) until the gate opens.</summary>
    private async Task<(Task Write, TaskCompletionSource Gate)> StartHeldWriteAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var write = HeldWriteAsync();
        await started.Task;
        return (write, gate);

        async Task HeldWriteAsync()
        {
            await using var db = await NewContextAsync();
            await ProbeAsync(db, Guid.NewGuid(), async _ =>
            {
                started.SetResult();
                await gate.Task;
            });
        }
    }

    /// <summary>An audited write of a probe record (plus whatever the context already tracks), queued at once.</summary>
    private Task ProbeAsync(AppDbContext db, Guid entityId, Func<AppDbContext, Task>? beforeCommit = null) =>
        db.SaveAuditedAsync(
            StorageClock.Default, _actorId, EntityType, entityId, "probed", new { Note = "Kiểm tra ghi theo nhóm" }, Cancellation,
            beforeCommit is null ? null : () => beforeCommit(db));

    private async Task<int> CountProbesAsync(Guid entityId)
    {
        await using var db = await NewContextAsync();
        return await db.AuditRecords.CountAsync(a => a.EntityType == EntityType && a.EntityId == entityId, Cancellation);
    }

    private async Task<AppDbContext> NewContextAsync() =>
        await database.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancellation);
}
