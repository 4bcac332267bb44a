using System.Data.Common;
using System.Globalization;
using InitiativeHub.Bench.Scenarios;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Entries;
using Row = InitiativeHub.Bench.Baseline.DirectSubmissionWriter.Row;

namespace InitiativeHub.Bench.Baseline;

/// <summary>
/// Seeds a campaign in judging with many accepted, assigned entries for the judging bench, straight into the host's
/// database, the way the submission baseline writes its rows: every row an entry the host created, submitted, accepted
/// and assigned left behind (the entry, its receipted version, its notices, its three audit records, on SQLite its
/// search row, and its assignments) is copied with a fresh entry id, the next receipt number, a recomputed receipt
/// digest and a correctly chained audit hash, so the host's <c>verify-audit</c> and unique indexes accept them. Each
/// copy gets as many judges as the template had, taken in turn from the panel's scoring members, so loads stay within
/// one of each other as the host's balanced assignment keeps them. Bench only: it stands for thousands of submissions
/// and an assignment run already made, which the bench does not measure. The copies' notices count as mailed, so the
/// outbox does not spend the measured minute mailing them; the copied assignments add no audit record (the host writes
/// one per assignment run, and the template's run is audited).
/// </summary>
public static class AcceptedEntrySeeder
{
    private const int EntriesPerTransaction = 500;

    /// <summary>
    /// Writes <paramref name="count"/> copies of the accepted, assigned entry <paramref name="templateId"/>, judged by
    /// <paramref name="judgeIds"/> in turn; returns the copies' assignments.
    /// </summary>
    public static async Task<IReadOnlyList<SeededAssignment>> SeedAsync(
        BenchHost host, Guid templateId, IReadOnlyList<Guid> judgeIds, int count, CancellationToken cancellationToken)
    {
        var provider = host.Provider;
        await using var connection = await DirectSubmissionWriter.OpenAsync(provider, DirectSubmissionWriter.ConnectionString(host), cancellationToken);
        var entry = await DirectSubmissionWriter.ReadRowsAsync(provider, connection, "entries", "Id", templateId, cancellationToken) is [var e] ? e : throw Missing("entry");
        if ((string)entry["Status"] != "Accepted")
        {
            throw new InvalidOperationException($"The template entry is {entry["Status"]}, not accepted.");
        }

        var version = await DirectSubmissionWriter.ReadRowsAsync(provider, connection, "entry_versions", "EntryId", templateId, cancellationToken) is [var v] ? v : throw Missing("version");
        var notices = await DirectSubmissionWriter.ReadRowsAsync(provider, connection, "notifications", "EntryId", templateId, cancellationToken);
        var audits = (await DirectSubmissionWriter.ReadRowsAsync(provider, connection, "audit_records", "EntityId", templateId, cancellationToken))
            .OrderBy(a => Convert.ToInt64(a["Sequence"], CultureInfo.InvariantCulture))
            .ToList();
        if (audits.Count != 3)
        {
            throw new InvalidOperationException($"The template entry has {audits.Count} audit records; created, submitted and screened were expected.");
        }

        var assignment = await DirectSubmissionWriter.ReadRowsAsync(provider, connection, "assignments", "EntryId", templateId, cancellationToken) is [var a, ..]
            ? a
            : throw Missing("assignment");
        var judgesPerEntry = Convert.ToInt32(assignment["JudgesPerEntry"], CultureInfo.InvariantCulture);
        if (judgesPerEntry > judgeIds.Count)
        {
            throw new InvalidOperationException($"{judgesPerEntry} judges per entry from a panel of {judgeIds.Count}.");
        }

        var seeded = new List<SeededAssignment>(count * judgesPerEntry);
        string? searchBody = null;
        if (provider == Provider.Sqlite)
        {
            await using var search = connection.CreateCommand();
            search.CommandText = "SELECT body FROM entry_search WHERE entry_id = @id";
            DirectSubmissionWriter.AddParameter(search, "@id", templateId.ToString("N"));
            searchBody = (string?)await search.ExecuteScalarAsync(cancellationToken) ?? throw Missing("search row");
        }

        var campaignId = DirectSubmissionWriter.AsGuid(entry["CampaignId"]);
        var templateNumber = (string)version["ReceiptNumber"];
        for (var written = 0; written < count; written += EntriesPerTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (provider == Provider.Postgres)
            {
                await using var serialize = DirectSubmissionWriter.Command(connection, transaction, $"SELECT pg_advisory_xact_lock({DirectSubmissionWriter.PostgresAdvisoryLockKey})");
                await serialize.ExecuteNonQueryAsync(cancellationToken);
            }

            var sequence = await ScalarAsync(connection, transaction, "SELECT MAX(\"ReceiptSequence\") FROM entry_versions WHERE \"CampaignId\" = @c", DirectSubmissionWriter.Like(version["CampaignId"], campaignId), cancellationToken);
            var (auditSequence, previousHash) = await LastAuditAsync(connection, transaction, cancellationToken);
            var now = StorageClock.Default.GetUtcNow();
            for (var i = written; i < Math.Min(count, written + EntriesPerTransaction); i++)
            {
                var entryId = Guid.CreateVersion7();
                var number = ReceiptNumbers.Format(campaignId, ++sequence);
                Row Copy(Row row) => Rewrite(row, templateId, entryId, templateNumber, number);

                var versionRow = Copy(version);
                var digest = ReceiptDigest.Compute((string)versionRow["CanonicalForm"]);
                await DirectSubmissionWriter.InsertAsync(connection, transaction, "entries", Copy(entry).With("ReceiptDigest", digest), cancellationToken);
                await DirectSubmissionWriter.InsertAsync(
                    connection,
                    transaction,
                    "entry_versions",
                    versionRow
                        .With("Id", DirectSubmissionWriter.Like(version["Id"], Guid.CreateVersion7()))
                        .With("ReceiptSequence", sequence)
                        .With("IdempotencyKey", $"seed-{Guid.NewGuid():N}")
                        .With("Digest", digest),
                    cancellationToken);
                foreach (var notice in notices)
                {
                    var row = Copy(notice)
                        .With("Id", DirectSubmissionWriter.Like(notice["Id"], Guid.CreateVersion7()))
                        .With("EmailedAt", DirectSubmissionWriter.LikeTime(notice["CreatedAt"], now));
                    await DirectSubmissionWriter.InsertAsync(connection, transaction, "notifications", row, cancellationToken);
                }

                foreach (var audit in audits)
                {
                    var record = new AuditRecord
                    {
                        Sequence = ++auditSequence,
                        At = now,
                        ActorId = audit["ActorId"] is DBNull ? null : DirectSubmissionWriter.AsGuid(audit["ActorId"]),
                        EntityType = (string)audit["EntityType"],
                        EntityId = entryId,
                        Action = (string)audit["Action"],
                        Summary = (string)Copy(audit)["Summary"],
                        PreviousHash = previousHash,
                    };
                    record.Hash = AuditLog.ComputeHash(record);
                    previousHash = record.Hash;
                    var row = Copy(audit)
                        .With("Sequence", record.Sequence)
                        .With("At", DirectSubmissionWriter.LikeTime(audit["At"], record.At))
                        .With("PreviousHash", record.PreviousHash)
                        .With("Hash", record.Hash);
                    await DirectSubmissionWriter.InsertAsync(connection, transaction, "audit_records", row, cancellationToken);
                }

                for (var k = 0; k < judgesPerEntry; k++)
                {
                    var assignmentId = Guid.CreateVersion7();
                    var judgeId = judgeIds[(i + k) % judgeIds.Count];
                    var row = Copy(assignment)
                        .With("Id", DirectSubmissionWriter.Like(assignment["Id"], assignmentId))
                        .With("JudgeId", DirectSubmissionWriter.Like(assignment["JudgeId"], judgeId))
                        .With("SortKey", assignmentId.ToString("N"))
                        .With("AssignedAt", DirectSubmissionWriter.LikeTime(assignment["AssignedAt"], now));
                    await DirectSubmissionWriter.InsertAsync(connection, transaction, "assignments", row, cancellationToken);
                    seeded.Add(new SeededAssignment(assignmentId, entryId, judgeId));
                }

                if (searchBody is not null)
                {
                    await using var insert = DirectSubmissionWriter.Command(connection, transaction, "INSERT INTO entry_search(entry_id, body) VALUES (@id, @body)");
                    DirectSubmissionWriter.AddParameter(insert, "@id", entryId.ToString("N"));
                    DirectSubmissionWriter.AddParameter(insert, "@body", searchBody);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return seeded;
    }

    /// <summary>
    /// The row with the template entry's id (in every stored spelling: uuid, upper- and lower-case text, 32 digits, as
    /// in sort keys and the canonical form) and its receipt number replaced by the copy's.
    /// </summary>
    private static Row Rewrite(Row row, Guid templateId, Guid entryId, string templateNumber, string number)
    {
        var copy = new Row();
        copy.Columns.AddRange(row.Columns);
        foreach (var value in row.Values)
        {
            copy.Values.Add(value switch
            {
                Guid id when id == templateId => entryId,
                string text => text
                    .Replace(templateId.ToString("N"), entryId.ToString("N"), StringComparison.Ordinal)
                    .Replace(templateId.ToString(), entryId.ToString(), StringComparison.Ordinal)
                    .Replace(templateId.ToString().ToUpperInvariant(), entryId.ToString().ToUpperInvariant(), StringComparison.Ordinal)
                    .Replace(templateNumber, number, StringComparison.Ordinal),
                _ => value,
            });
        }

        return copy;
    }

    private static async Task<int> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, object parameter, CancellationToken cancellationToken)
    {
        await using var command = DirectSubmissionWriter.Command(connection, transaction, sql);
        DirectSubmissionWriter.AddParameter(command, "@c", parameter);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task<(long Sequence, string Hash)> LastAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var last = DirectSubmissionWriter.Command(connection, transaction, "SELECT \"Sequence\", \"Hash\" FROM audit_records ORDER BY \"Sequence\" DESC LIMIT 1");
        await using var reader = await last.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditLog.GenesisHash);
    }

    private static InvalidOperationException Missing(string what) => new($"The template {what} the host wrote was not found.");
}

/// <summary>One seeded assignment: which judge scores which entry.</summary>
public sealed record SeededAssignment(Guid Id, Guid EntryId, Guid JudgeId);
