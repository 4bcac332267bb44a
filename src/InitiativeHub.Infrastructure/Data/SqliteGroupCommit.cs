using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// Group commit for SQLite: concurrent audited writes to one database file are queued, and a single writer runs a
/// batch of them in ONE immediate transaction, so the batch pays one durable commit (one WAL fsync) instead of one per
/// caller. Each caller's unit runs inside its own savepoint: a unit that throws is rolled back alone and its caller
/// alone gets the exception. Every caller is completed only after the batch's COMMIT returned, so an acknowledged
/// write is on disk; if BEGIN, a savepoint or the COMMIT fails, every caller of the batch gets that failure.
/// </summary>
/// <remarks>
/// Design: each unit runs on its caller's own context (which holds the caller's tracked changes), lent the writer's
/// connection and transaction for the duration of the unit and given back its own connection string afterwards.
/// Running the unit on a shared writer context instead would mean copying every caller's tracked entities across;
/// lending the connection keeps the repositories unchanged. Units run one after another on the writer's connection,
/// so the audit chain and receipt sequences read inside a unit see the earlier units of the batch, and a unit rolled
/// back to its savepoint leaves no gap for the next one. There is one writer per connection string for the whole
/// process, because SQLite's single writer is a property of the database file, not of a DI container.
/// </remarks>
public sealed class SqliteGroupCommit
{
    /// <summary>Bounds how long one batch holds SQLite's write lock (other writers wait behind it).</summary>
    public const int MaxBatchSize = 128;

    private const string UnitSavepoint = "audited_unit";

    // One small object per database file the process has written to; it holds nothing while idle.
    private static readonly ConcurrentDictionary<string, SqliteGroupCommit> Writers = new(StringComparer.Ordinal);

    // Set on the writer's own flow: an audited write started from inside a unit would wait for itself.
    private static readonly AsyncLocal<bool> InsideUnit = new();

    private readonly Queue<PendingUnit> _queue = new();
    private readonly string _connectionString;
    private bool _draining;
    private long _committedBatches;
    private long _committedUnits;

    private SqliteGroupCommit(string connectionString) => _connectionString = connectionString;

    /// <summary>Batches committed so far (each one durable commit).</summary>
    public long CommittedBatches => Interlocked.Read(ref _committedBatches);

    /// <summary>Units acknowledged as committed so far.</summary>
    public long CommittedUnits => Interlocked.Read(ref _committedUnits);

    /// <summary>Units waiting for the next batch.</summary>
    public int QueuedUnits
    {
        get
        {
            lock (_queue)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>The writer of the database a context is configured for.</summary>
    public static SqliteGroupCommit For(AppDbContext db) => For(ConnectionStringOf(db));

    /// <summary>The writer of the database with this connection string.</summary>
    public static SqliteGroupCommit For(string connectionString) =>
        Writers.GetOrAdd(connectionString, static cs => new SqliteGroupCommit(cs));

    /// <summary>
    /// Queues <paramref name="unit"/> to run on <paramref name="db"/> inside the next batch's transaction and returns
    /// once that batch is committed (or the unit or the batch failed). The context must not have a transaction of its
    /// own. The unit must not start another audited write.
    /// </summary>
    public async Task<T> RunAsync<T>(AppDbContext db, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        if (InsideUnit.Value)
        {
            throw new InvalidOperationException("An audited write cannot be started from inside another one.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = default(T)!;
        var pending = new PendingUnit(db, async token => result = await unit(token), cancellationToken);
        bool start;
        lock (_queue)
        {
            _queue.Enqueue(pending);
            start = !_draining;
            _draining = true;
        }

        if (start)
        {
            // The loop serves every caller: it must not carry the first caller's ambient state (activity, scopes).
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(DrainAsync, CancellationToken.None);
            }
        }

        // Not cancellable from here: once queued, the unit may be running on this caller's context, which the caller
        // must not dispose before the writer is done with it. The unit itself observes the token.
        await pending.Completion.Task;
        return result;
    }

    private static string ConnectionStringOf(AppDbContext db) =>
        db.Database.GetConnectionString() ?? throw new InvalidOperationException("The context has no connection string.");

    private async Task DrainAsync()
    {
        InsideUnit.Value = true;
        while (true)
        {
            List<PendingUnit> batch;
            lock (_queue)
            {
                if (_queue.Count == 0)
                {
                    _draining = false;
                    return;
                }

                batch = new List<PendingUnit>(Math.Min(_queue.Count, MaxBatchSize));
                while (batch.Count < MaxBatchSize && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }
            }

            await RunBatchAsync(batch);
        }
    }

    /// <summary>Runs one batch; never throws: every outcome goes to the unit's caller.</summary>
    private async Task RunBatchAsync(List<PendingUnit> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            // The writer's own context opens the connection the way EF opens every other one (pragmas, functions),
            // and its transaction is IMMEDIATE: SQLite's write lock is taken at BEGIN, not at the first write.
            var options = (DbContextOptions<AppDbContext>)batch[0].Context.GetService<IDbContextOptions>();
            await using var writer = new AppDbContext(options);
            await using var transaction = await writer.Database.BeginTransactionAsync(CancellationToken.None);
            var connection = writer.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            for (var i = 0; i < batch.Count; i++)
            {
                failures[i] = await RunUnitAsync(batch[i], transaction, connection, dbTransaction);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception batchFailure)
        {
            // Nothing of this batch is durable (the transaction is rolled back on disposal): every caller fails.
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(batchFailure);
            }

            return;
        }

        Interlocked.Increment(ref _committedBatches);
        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                Interlocked.Increment(ref _committedUnits);
                batch[i].Completion.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Runs one unit inside its savepoint and returns its failure, if any, after rolling it back. Throws only when the
    /// batch itself is broken (the savepoint could not be taken, released or rolled back to).
    /// </summary>
    private async Task<Exception?> RunUnitAsync(PendingUnit pending, IDbContextTransaction transaction, DbConnection connection, DbTransaction dbTransaction)
    {
        if (pending.Cancellation.IsCancellationRequested)
        {
            return new OperationCanceledException(pending.Cancellation);
        }

        await transaction.CreateSavepointAsync(UnitSavepoint, CancellationToken.None);
        Exception? failure = null;
        var database = pending.Context.Database;
        try
        {
            if (database.CurrentTransaction is not null)
            {
                throw new InvalidOperationException("An audited write must not run inside a transaction of its own.");
            }

            database.SetDbConnection(connection, contextOwnsConnection: false);
            await database.UseTransactionAsync(dbTransaction, CancellationToken.None);
            await pending.Work(pending.Cancellation);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            // Give the caller's context back its own connection, so nothing it does later touches the writer's.
            await database.UseTransactionAsync(null, CancellationToken.None);
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(_connectionString);
        }

        if (failure is not null)
        {
            await transaction.RollbackToSavepointAsync(UnitSavepoint, CancellationToken.None);
        }

        await transaction.ReleaseSavepointAsync(UnitSavepoint, CancellationToken.None);
        return failure;
    }

    private sealed class PendingUnit(AppDbContext context, Func<CancellationToken, Task> work, CancellationToken cancellation)
    {
        public AppDbContext Context { get; } = context;

        public Func<CancellationToken, Task> Work { get; } = work;

        public CancellationToken Cancellation { get; } = cancellation;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
