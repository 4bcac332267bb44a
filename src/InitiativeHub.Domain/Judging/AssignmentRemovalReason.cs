namespace InitiativeHub.Domain.Judging;

/// <summary>Why a re-run of the assignment dropped an existing assignment.</summary>
public enum AssignmentRemovalReason
{
    /// <summary>The judge has (now) a conflict of interest with the entry.</summary>
    Conflict,

    /// <summary>The entry is no longer among the entries being judged (withdrawn, rejected…).</summary>
    EntryNotInJudging,

    /// <summary>The judge is no longer a scoring member of a panel covering the entry's category.</summary>
    NotOnPanel,

    /// <summary>The entry's panel could no longer complete it, so the entry moved to a panel that can.</summary>
    PanelChanged,

    /// <summary>The entry had more automatic judges than the campaign asks for.</summary>
    Excess,

    /// <summary>Moved to another judge of the panel to keep loads within one of each other.</summary>
    Rebalanced,
}
