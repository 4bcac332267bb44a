namespace InitiativeHub.Domain.Awards;

/// <summary>
/// One row of the ranking as the proposal needs it: the entry's result (raw score, pass, rank; null while unscored),
/// who would be awarded (an individual or a collective, by <see cref="AwardeeKeys"/>: the submitter and the
/// organization), and the earlier entry it duplicates, if any (the same achievement).
/// </summary>
public sealed record AwardCandidate(
    Guid EntryId,
    AwardeeKind AwardeeKind,
    IReadOnlyList<Guid> AwardeeKeys,
    Guid? DuplicateOfEntryId,
    decimal? RawScore,
    bool Passed,
    int? Rank);
