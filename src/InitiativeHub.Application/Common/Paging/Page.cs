namespace InitiativeHub.Application.Common.Paging;

/// <summary>One page of a keyset-paged list: each item with its opaque cursor.</summary>
public sealed record Page<T>(IReadOnlyList<PageItem<T>> Items, bool HasNextPage, bool HasPreviousPage, int TotalCount)
{
    public static Page<T> Empty { get; } = new([], false, false, 0);
}
