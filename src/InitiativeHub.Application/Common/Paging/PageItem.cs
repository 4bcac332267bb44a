namespace InitiativeHub.Application.Common.Paging;

/// <summary>An item of a page and the cursor that points at it.</summary>
public sealed record PageItem<T>(T Node, string Cursor);
