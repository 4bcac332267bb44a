namespace InitiativeHub.GraphQL.Judging;

public sealed class DeclareConflictInput
{
    public string EntryId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
