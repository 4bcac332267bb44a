namespace InitiativeHub.GraphQL.Entries;

public enum SortDirection
{
    Asc,
    Desc,
}
