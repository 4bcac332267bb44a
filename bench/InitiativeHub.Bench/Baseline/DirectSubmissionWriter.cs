using System.Data.Common;
using System.Globalization;
using InitiativeHub.Bench.Scenarios;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Entries;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InitiativeHub.Bench.Baseline;

/// <summary>
/// The baseline the submission path is measured against: a minimal ADO.NET program writing the same rows straight
/// into the host's own database, with the same durability (the same SQLite file and connection settings, so WAL and
/// the library's synchronous mode; on PostgreSQL the same server and database) and the same transactions a
/// submission takes: (1) the draft entry, its audit record and its search row; (2) the entry as submitted, its
/// receipted version, its notifications, its audit record and its search row. Rows are copied column by column from
/// a draft and a submission the host itself wrote, with fresh keys, the next receipt number and a correctly chained
/// audit hash, so the host's <c>verify-audit</c> accepts them and the unique indexes see what they would in use.
/// What it leaves out is everything in front of the database: HTTP, GraphQL, authorization, grains, EF Core.
/// </summary>
public sealed class DirectSubmissionWriter
{
    internal const long PostgresAdvisoryLockKey = 0x1A_0D_17; // the host's audit writer lock (AuditLog)

    private readonly Provider _provider;
    private readonly string _connectionString;
    private readonly Template _template;

    private DirectSubmissionWriter(Provider provider, string connectionString, Template template)
    {
        _provider = provider;
        _connectionString = connectionString;
        _template = template;
    }

    /// <summary>Reads the template rows of a draft and a submitted entry the host wrote.</summary>
    public static async Task<DirectSubmissionWriter> CreateAsync(BenchHost host, Guid draftId, Guid submittedId, CancellationToken cancellationToken)
    {
        var writer = new DirectSubmissionWriter(host.Provider, ConnectionString(host), new Template());
        await using var connection = await writer.OpenAsync(cancellationToken);
        var t = writer._template;
        t.DraftEntry = await writer.ReadRowsAsync(connection, "entries", "Id", draftId, cancellationToken) is [var draft] ? draft : throw Missing("draft entry");
        t.SubmittedEntry = await writer.ReadRowsAsync(connection, "entries", "Id", submittedId, cancellationToken) is [var entry] ? entry : throw Missing("submitted entry");
        t.Version = await writer.ReadRowsAsync(connection, "entry_versions", "EntryId", submittedId, cancellationToken) is [var version] ? version : throw Missing("entry version");
        t.Notifications = await writer.ReadRowsAsync(connection, "notifications", "EntryId", submittedId, cancellationToken);
        var audits = await writer.ReadRowsAsync(connection, "audit_records", "EntityId", submittedId, cancellationToken);
        t.CreatedAudit = audits.Single(a => (string)a["Action"] == "created");
        t.SubmittedAudit = audits.Single(a => (string)a["Action"] == "submitted");
        t.CampaignId = AsGuid(t.SubmittedEntry["CampaignId"]);
        t.TemplateReceiptNumber = (string)t.Version["ReceiptNumber"];
        if (host.Provider == Provider.Sqlite)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT body FROM entry_search WHERE entry_id = @id";
            AddParameter(command, "@id", submittedId.ToString("N"));
            t.SearchBody = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? throw Missing("search row");
        }

        return writer;
    }

    /// <summary>The host's own connection string: the same SQLite file and settings, or the same PostgreSQL database.</summary>
    internal static string ConnectionString(BenchHost host) => host.Provider == Provider.Postgres
        ? host.PostgresConnectionString!
        : DataServiceCollectionExtensions.DefaultSqliteConnectionString(new InitiativeHubOptions { DataPath = host.Host.DataPath });

    /// <summary>The database's own settings that decide durability, as this writer's connection sees them.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DurabilitySettingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var queries = _provider == Provider.Postgres
            ? new Dictionary<string, string>
            {
                ["server_version"] = "SHOW server_version",
                ["fsync"] = "SHOW fsync",
                ["synchronous_commit"] = "SHOW synchronous_commit",
                ["full_page_writes"] = "SHOW full_page_writes",
                ["commit_delay"] = "SHOW commit_delay",
                ["wal_sync_method"] = "SHOW wal_sync_method",
            }
            : new Dictionary<string, string>
            {
                ["sqlite_version"] = "SELECT sqlite_version()",
                ["journal_mode"] = "PRAGMA journal_mode",
                ["synchronous"] = "PRAGMA synchronous",
            };
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, sql) in queries)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            settings[name] = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (_provider == Provider.Sqlite && settings["synchronous"] is var level)
        {
            settings["synchronous"] = level switch { "0" => "OFF (0)", "1" => "NORMAL (1)", "2" => "FULL (2)", "3" => "EXTRA (3)", _ => level };
        }

        return settings;
    }

    /// <summary>One submission: the draft transaction, then the submission transaction.</summary>
    public async Task SubmitAsync(CancellationToken cancellationToken)
    {
        var entryId = Guid.CreateVersion7();
        await using var connection = await OpenAsync(cancellationToken);
        await CreateDraftAsync(connection, entryId, cancellationToken);
        await SubmitDraftAsync(connection, entryId, cancellationToken);
    }

    private async Task CreateDraftAsync(DbConnection connection, Guid entryId, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SerializeWritersAsync(connection, transaction, cancellationToken);
        var entry = _template.DraftEntry.With("Id", Like(_template.DraftEntry["Id"], entryId));
        await InsertAsync(connection, transaction, "entries", entry, cancellationToken);
        await AppendAuditAsync(connection, transaction, _template.CreatedAudit, entryId, _template.CreatedAudit["Summary"], cancellationToken);
        await UpsertSearchAsync(connection, transaction, entryId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SubmitDraftAsync(DbConnection connection, Guid entryId, CancellationToken cancellationToken)
    {
        var t = _template;
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SerializeWritersAsync(connection, transaction, cancellationToken);
        var sequence = 1 + await MaxReceiptSequenceAsync(connection, transaction, cancellationToken);
        var number = ReceiptNumbers.Format(t.CampaignId, sequence);
        var now = StorageClock.Default.GetUtcNow();

        var entry = t.SubmittedEntry.With("Id", Like(t.SubmittedEntry["Id"], entryId)).With("ReceiptNumber", number);
        await UpdateAsync(connection, transaction, "entries", entry, cancellationToken);
        var version = t.Version
            .With("Id", Like(t.Version["Id"], Guid.CreateVersion7()))
            .With("EntryId", Like(t.Version["EntryId"], entryId))
            .With("ReceiptSequence", sequence)
            .With("ReceiptNumber", number)
            .With("IdempotencyKey", $"nen-{Guid.NewGuid():N}")
            .With("SubmittedAt", LikeTime(t.Version["SubmittedAt"], now));
        await InsertAsync(connection, transaction, "entry_versions", version, cancellationToken);
        foreach (var notice in t.Notifications)
        {
            // Undelivered, like the host's own fresh notices: the outbox mails them the same way.
            var row = notice
                .With("Id", Like(notice["Id"], Guid.CreateVersion7()))
                .With("EntryId", Like(notice["EntryId"], entryId))
                .With("CreatedAt", LikeTime(notice["CreatedAt"], now))
                .With("EmailedAt", DBNull.Value);
            await InsertAsync(connection, transaction, "notifications", row, cancellationToken);
        }

        var summary = ((string)t.SubmittedAudit["Summary"]).Replace(t.TemplateReceiptNumber, number, StringComparison.Ordinal);
        await AppendAuditAsync(connection, transaction, t.SubmittedAudit, entryId, summary, cancellationToken);
        await UpsertSearchAsync(connection, transaction, entryId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(_provider, _connectionString, cancellationToken);

    /// <summary>A connection to the host's database with the host's own connection settings.</summary>
    internal static async Task<DbConnection> OpenAsync(Provider provider, string connectionString, CancellationToken cancellationToken)
    {
        DbConnection connection = provider == Provider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>The host's rule: one writer of audited changes at a time (SQLite's IMMEDIATE transactions already are).</summary>
    private async Task SerializeWritersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        if (_provider == Provider.Postgres)
        {
            await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey})");
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<int> MaxReceiptSequenceAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT MAX(\"ReceiptSequence\") FROM entry_versions WHERE \"CampaignId\" = @c");
        AddParameter(command, "@c", Like(_template.Version["CampaignId"], _template.CampaignId));
        var max = await command.ExecuteScalarAsync(cancellationToken);
        return max is null or DBNull ? 0 : Convert.ToInt32(max, CultureInfo.InvariantCulture);
    }

    private async Task AppendAuditAsync(
        DbConnection connection, DbTransaction transaction, Row template, Guid entityId, object summary, CancellationToken cancellationToken)
    {
        long previousSequence = 0;
        var previousHash = AuditLog.GenesisHash;
        await using (var last = Command(connection, transaction, "SELECT \"Sequence\", \"Hash\" FROM audit_records ORDER BY \"Sequence\" DESC LIMIT 1"))
        await using (var reader = await last.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                previousSequence = reader.GetInt64(0);
                previousHash = reader.GetString(1);
            }
        }

        var record = new AuditRecord
        {
            Sequence = previousSequence + 1,
            At = StorageClock.Default.GetUtcNow(),
            ActorId = template["ActorId"] is DBNull ? null : AsGuid(template["ActorId"]),
            EntityType = (string)template["EntityType"],
            EntityId = entityId,
            Action = (string)template["Action"],
            Summary = (string)summary,
            PreviousHash = previousHash,
        };
        record.Hash = AuditLog.ComputeHash(record);
        var row = template
            .With("Sequence", record.Sequence)
            .With("At", LikeTime(template["At"], record.At))
            .With("EntityId", Like(template["EntityId"], entityId))
            .With("Summary", record.Summary)
            .With("PreviousHash", record.PreviousHash)
            .With("Hash", record.Hash);
        await InsertAsync(connection, transaction, "audit_records", row, cancellationToken);
    }

    /// <summary>SQLite keeps its FTS5 table in step in the entry's transaction; PostgreSQL's GIN index does it itself.</summary>
    private async Task UpsertSearchAsync(DbConnection connection, DbTransaction transaction, Guid entryId, CancellationToken cancellationToken)
    {
        if (_provider != Provider.Sqlite)
        {
            return;
        }

        var id = entryId.ToString("N");
        await using (var delete = Command(connection, transaction, "DELETE FROM entry_search WHERE entry_id = @id"))
        {
            AddParameter(delete, "@id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = Command(connection, transaction, "INSERT INTO entry_search(entry_id, body) VALUES (@id, @body)");
        AddParameter(insert, "@id", id);
        AddParameter(insert, "@body", _template.SearchBody);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, Row row, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", row.Columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", row.Columns.Select((_, i) => $"@p{i}"));
        await using var command = Command(connection, transaction, $"INSERT INTO {table} ({columns}) VALUES ({values})");
        for (var i = 0; i < row.Columns.Count; i++)
        {
            AddParameter(command, $"@p{i}", row.Values[i]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, string table, Row row, CancellationToken cancellationToken)
    {
        var sets = string.Join(", ", row.Columns.Select((c, i) => (c, i)).Where(p => p.c != "Id").Select(p => $"\"{p.c}\" = @p{p.i}"));
        var key = row.Columns.IndexOf("Id");
        await using var command = Command(connection, transaction, $"UPDATE {table} SET {sets} WHERE \"Id\" = @p{key}");
        for (var i = 0; i < row.Columns.Count; i++)
        {
            AddParameter(command, $"@p{i}", row.Values[i]);
        }

        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"The baseline's {table} row was not updated.");
        }
    }

    private Task<IReadOnlyList<Row>> ReadRowsAsync(DbConnection connection, string table, string column, Guid id, CancellationToken cancellationToken) =>
        ReadRowsAsync(_provider, connection, table, column, id, cancellationToken);

    /// <summary>Every row of <paramref name="table"/> whose <paramref name="column"/> is <paramref name="id"/>, as stored.</summary>
    internal static async Task<IReadOnlyList<Row>> ReadRowsAsync(Provider provider, DbConnection connection, string table, string column, Guid id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE \"{column}\" = @id";
        // EF stores Guids as upper-case text on SQLite and as uuid on PostgreSQL.
        AddParameter(command, "@id", provider == Provider.Sqlite ? id.ToString().ToUpperInvariant() : id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new Row();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Columns.Add(reader.GetName(i));
                row.Values.Add(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    internal static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A Guid in the stored form of <paramref name="template"/> (upper-case text on SQLite, uuid on PostgreSQL).</summary>
    internal static object Like(object template, Guid value) => template switch
    {
        Guid => value,
        string text when text.Any(char.IsLower) => value.ToString(),
        string => value.ToString().ToUpperInvariant(),
        _ => throw new InvalidOperationException($"Unexpected key type {template.GetType()}."),
    };

    /// <summary>An instant in the stored form of <paramref name="template"/> (UTC ticks on SQLite, timestamptz on PostgreSQL).</summary>
    internal static object LikeTime(object template, DateTimeOffset value) => template switch
    {
        long => value.UtcTicks,
        DateTime => value.UtcDateTime,
        DateTimeOffset => value,
        DBNull => value.UtcDateTime,
        _ => throw new InvalidOperationException($"Unexpected instant type {template.GetType()}."),
    };

    internal static Guid AsGuid(object value) => value is Guid guid ? guid : Guid.Parse((string)value);

    private static InvalidOperationException Missing(string what) => new($"The template {what} the host wrote was not found.");

    /// <summary>A row as read: column names in table order and their stored values.</summary>
    internal sealed class Row
    {
        public List<string> Columns { get; } = [];

        public List<object> Values { get; } = [];

        public object this[string column] => Values[IndexOf(column)];

        /// <summary>A copy with one column changed (a column the table does not have is ignored).</summary>
        public Row With(string column, object value)
        {
            var copy = new Row();
            copy.Columns.AddRange(Columns);
            copy.Values.AddRange(Values);
            var index = Columns.IndexOf(column);
            if (index >= 0)
            {
                copy.Values[index] = value;
            }

            return copy;
        }

        private int IndexOf(string column) =>
            Columns.IndexOf(column) is var index and >= 0 ? index : throw new InvalidOperationException($"No column {column}.");
    }

    private sealed class Template
    {
        public Row DraftEntry { get; set; } = new();

        public Row SubmittedEntry { get; set; } = new();

        public Row Version { get; set; } = new();

        public IReadOnlyList<Row> Notifications { get; set; } = [];

        public Row CreatedAudit { get; set; } = new();

        public Row SubmittedAudit { get; set; } = new();

        public Guid CampaignId { get; set; }

        public string TemplateReceiptNumber { get; set; } = string.Empty;

        public string SearchBody { get; set; } = string.Empty;
    }
}
