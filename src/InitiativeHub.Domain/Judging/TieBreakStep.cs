namespace InitiativeHub.Domain.Judging;

/// <summary>What put a ranking row below the row above it.</summary>
public enum TieBreakStep
{
    /// <summary>A lower aggregated raw score.</summary>
    Score,

    /// <summary>Equal score, lower aggregated points on a criterion of the rubric's tie-break chain.</summary>
    Criterion,

    /// <summary>Equal so far, submitted later.</summary>
    SubmissionTime,

    /// <summary>Equal in everything declared; the entry id keeps the order stable (the council decides in the minutes).</summary>
    EntryId,
}
