namespace InitiativeHub.Domain.Judging;

/// <summary>
/// One judge's total for an entry: raw, and normalized (equal to raw when the judge has too few sheets, in which
/// case <see cref="IsNormalized"/> is false). Both unrounded.
/// </summary>
public sealed record JudgeTotal(Guid JudgeId, decimal Raw, decimal Normalized, bool IsNormalized);
