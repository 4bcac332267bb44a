namespace InitiativeHub.Domain.Judging;

/// <summary>Why an entry did not get all its judges.</summary>
public enum ShortfallReason
{
    /// <summary>No panel covers the entry's category.</summary>
    NoCoveringPanel,

    /// <summary>The covering panels have too few scoring members free of conflicts with the entry.</summary>
    NotEnoughJudges,
}
