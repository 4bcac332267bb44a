namespace InitiativeHub.Application.Entries;

/// <summary>Entry list orders (keyset-paged): by submission time, title or stored score, ascending or descending.</summary>
public enum EntrySort
{
    CreatedAscending,
    SubmittedAtAscending,
    SubmittedAtDescending,
    TitleAscending,
    TitleDescending,

    /// <summary>Best first, by the stored ranking (score, then the tie-break chain); unscored entries last.</summary>
    ScoreDescending,

    /// <summary>The reverse of <see cref="ScoreDescending"/>.</summary>
    ScoreAscending,
}
