namespace InitiativeHub.GraphQL.Entries;

public sealed class EntrySortInput
{
    public EntrySortField Field { get; set; }

    public SortDirection Direction { get; set; }
}
