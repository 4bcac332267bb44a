namespace InitiativeHub.GraphQL.Entries;

public enum EntrySortField
{
    SubmittedAt,
    Title,
    Score,
}
