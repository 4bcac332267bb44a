namespace InitiativeHub.GraphQL.Entries;

public sealed class SubmitEntryInput
{
    public string EntryId { get; set; } = string.Empty;

    public string? IdempotencyKey { get; set; }
}
