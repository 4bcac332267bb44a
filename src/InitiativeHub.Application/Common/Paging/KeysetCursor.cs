using System.Text;
using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Common.Paging;

/// <summary>
/// Opaque keyset cursors: base64 of a row's unique sort key (the sort value followed by the row id), so a cursor
/// stays valid when rows are inserted before it, unlike an offset.
/// </summary>
public static class KeysetCursor
{
    /// <summary>Separates the sort value from the id inside a sort key; sorts before every printable character.</summary>
    public const char Separator = '\u0001';

    /// <summary>The unique sort key of a row: its sort value, then its id.</summary>
    public static string SortKey(string sortValue, Guid id) => $"{sortValue}{Separator}{id:N}";

    public static string Encode(string sortKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey));

    public static string Decode(string cursor, string argumentName)
    {
        try
        {
            var key = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (key.Contains(Separator, StringComparison.Ordinal))
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new ValidationException("Con trỏ phân trang không hợp lệ.", argumentName);
    }
}
