using System.Linq.Expressions;
using InitiativeHub.Application.Common.Paging;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// Keyset paging over a unique string sort key (sort value + id): forward with first/after, backward with
/// last/before. One extra row is read to know whether another page exists.
/// </summary>
public static class KeysetPager
{
    public static async Task<Page<T>> PageAsync<T>(
        IQueryable<T> source, Expression<Func<T, string>> sortKey, PageRequest request, CancellationToken cancellationToken, bool descending = false)
        where T : class
    {
        var size = request.Size;
        var total = await source.CountAsync(cancellationToken);
        var key = sortKey.Compile();
        var query = source;
        if (request.After is { } after)
        {
            query = query.Where(Compare(sortKey, KeysetCursor.Decode(after, "after"), greater: !descending));
        }

        if (request.Before is { } before)
        {
            query = query.Where(Compare(sortKey, KeysetCursor.Decode(before, "before"), greater: descending));
        }

        List<T> rows;
        bool hasMore;
        if (request.IsBackward)
        {
            var reversed = descending ? query.OrderBy(sortKey) : query.OrderByDescending(sortKey);
            rows = await reversed.Take(size + 1).ToListAsync(cancellationToken);
            hasMore = rows.Count > size;
            rows = rows.Take(size).Reverse().ToList();
        }
        else
        {
            var ordered = descending ? query.OrderByDescending(sortKey) : query.OrderBy(sortKey);
            rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
            hasMore = rows.Count > size;
            rows = rows.Take(size).ToList();
        }

        var items = rows.Select(row => new PageItem<T>(row, KeysetCursor.Encode(key(row)))).ToList();
        var hasNext = request.IsBackward ? request.Before is not null : hasMore;
        var hasPrevious = request.IsBackward ? hasMore : request.After is not null;
        return new Page<T>(items, hasNext, hasPrevious, total);
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, string>> sortKey, string cursorKey, bool greater)
    {
        // string.Compare(key, cursor) > 0 translates to "key > cursor" on both SQLite and PostgreSQL.
        var compare = Expression.Call(
            typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!,
            sortKey.Body,
            Expression.Constant(cursorKey));
        var zero = Expression.Constant(0);
        Expression body = greater ? Expression.GreaterThan(compare, zero) : Expression.LessThan(compare, zero);
        return Expression.Lambda<Func<T, bool>>(body, sortKey.Parameters);
    }
}
