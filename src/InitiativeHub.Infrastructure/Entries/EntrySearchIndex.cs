using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>
/// The database's own full-text search over entries' folded title and description (the domain's
/// <see cref="Entry.SearchKey"/>, so both engines match the same words). SQLite: an FTS5 table created by the
/// migration, kept in step inside each entry write's transaction. PostgreSQL: a GIN index over
/// <c>to_tsvector('simple', "SearchKey")</c> created by its migration, kept in step by PostgreSQL itself.
/// </summary>
public static class EntrySearchIndex
{
    public const string CreateSqlite =
        "CREATE VIRTUAL TABLE IF NOT EXISTS entry_search USING fts5(entry_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');";

    /// <summary>
    /// The 'simple' configuration (lower-casing, no stemming, no stop words) over the already folded key: Vietnamese
    /// has no stems, and folding once in the domain (đ → d included) keeps the engines in agreement.
    /// </summary>
    public const string CreatePostgres =
        "CREATE INDEX IF NOT EXISTS ix_entries_search ON entries USING GIN (to_tsvector('simple', \"SearchKey\"));";

    public static async Task UpsertAsync(AppDbContext db, Entry entry, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var id = entry.Id.ToString("N");
        await db.Database.ExecuteSqlAsync($"DELETE FROM entry_search WHERE entry_id = {id}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"INSERT INTO entry_search(entry_id, body) VALUES ({id}, {entry.SearchKey})", cancellationToken);
    }

    /// <summary>Entry ids sharing any of the words, best rank first (BM25 on SQLite, ts_rank on PostgreSQL).</summary>
    public static async Task<IReadOnlyList<Guid>> MatchAnyAsync(AppDbContext db, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        // Folded words are letters and digits only; keeping only those keeps query operators out of either engine.
        var terms = words
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        if (db.Database.IsNpgsql())
        {
            var query = string.Join(" | ", terms);
            return await db.Database
                .SqlQuery<Guid>($"""
                    SELECT "Id" AS "Value" FROM entries
                    WHERE to_tsvector('simple', "SearchKey") @@ to_tsquery('simple', {query})
                    ORDER BY ts_rank(to_tsvector('simple', "SearchKey"), to_tsquery('simple', {query})) DESC, "Id"
                    LIMIT {limit}
                    """)
                .ToListAsync(cancellationToken);
        }

        var match = string.Join(" OR ", terms.Select(w => $"\"{w}\""));
        var ids = await db.Database
            .SqlQuery<string>($"SELECT entry_id AS Value FROM entry_search WHERE entry_search MATCH {match} ORDER BY bm25(entry_search) LIMIT {limit}")
            .ToListAsync(cancellationToken);
        return ids.Select(id => Guid.ParseExact(id, "N")).ToList();
    }
}
