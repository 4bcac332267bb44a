namespace InitiativeHub.GraphQL.Entries;

public sealed class WithdrawEntryInput
{
    public string EntryId { get; set; } = string.Empty;

    public string? Reason { get; set; }
}
