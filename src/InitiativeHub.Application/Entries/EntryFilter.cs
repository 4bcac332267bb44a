using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>Filters of an entry list.</summary>
public sealed record EntryFilter(IReadOnlyList<EntryStatus>? Statuses = null, Guid? CategoryId = null, string? Search = null);
