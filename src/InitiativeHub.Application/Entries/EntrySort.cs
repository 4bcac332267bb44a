namespace InitiativeHub.Application.Entries;

/// <summary>Entry list orders (keyset-paged): by submission time or title, ascending or descending.</summary>
public enum EntrySort
{
    CreatedAscending,
    SubmittedAtAscending,
    SubmittedAtDescending,
    TitleAscending,
    TitleDescending,
}
