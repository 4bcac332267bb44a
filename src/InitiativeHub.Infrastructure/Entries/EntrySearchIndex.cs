using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>
/// The database's own full-text search over entries' folded title and description: SQLite FTS5 (created by the
/// migration), kept in step inside each entry write's transaction.
/// </summary>
public static class EntrySearchIndex
{
    public const string CreateSqlite =
        "CREATE VIRTUAL TABLE IF NOT EXISTS entry_search USING fts5(entry_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');";

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

    /// <summary>Entry ids sharing any of the words, best BM25 rank first.</summary>
    public static async Task<IReadOnlyList<Guid>> MatchAnyAsync(AppDbContext db, IReadOnlyList<string> words, int limit, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return [];
        }

        // Folded words are letters and digits only; quoting each keeps FTS5 operators out of the query.
        var match = string.Join(" OR ", words.Select(w => $"\"{w.Replace("\"", string.Empty, StringComparison.Ordinal)}\""));
        var ids = await db.Database
            .SqlQuery<string>($"SELECT entry_id AS Value FROM entry_search WHERE entry_search MATCH {match} ORDER BY bm25(entry_search) LIMIT {limit}")
            .ToListAsync(cancellationToken);
        return ids.Select(id => Guid.ParseExact(id, "N")).ToList();
    }
}
