namespace InitiativeHub.GraphQL.Relay;

/// <summary>The values behind a <c>PageInfo</c>.</summary>
public sealed record PageInfoSource(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
