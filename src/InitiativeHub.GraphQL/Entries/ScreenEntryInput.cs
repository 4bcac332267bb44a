using InitiativeHub.Domain.Entries;

namespace InitiativeHub.GraphQL.Entries;

public sealed class ScreenEntryInput
{
    public string EntryId { get; set; } = string.Empty;

    public ScreeningDecision Decision { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public string? DuplicateOfEntryId { get; set; }
}
