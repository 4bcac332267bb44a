using InitiativeHub.Domain.Common;

namespace InitiativeHub.Application.Common.Paging;

/// <summary>Relay-style paging arguments: forward with first/after, backward with last/before.</summary>
public sealed record PageRequest(int? First = null, string? After = null, int? Last = null, string? Before = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public bool IsBackward => Last is not null || (Before is not null && First is null);

    /// <summary>The page size asked for, checked against the limits.</summary>
    public int Size
    {
        get
        {
            var size = IsBackward ? Last ?? DefaultSize : First ?? DefaultSize;
            if (size < 0 || size > MaxSize)
            {
                throw new ValidationException($"Kích thước trang phải từ 0 đến {MaxSize}.", IsBackward ? "last" : "first");
            }

            return size;
        }
    }
}
