namespace InitiativeHub.Domain.Judging;

/// <summary>A submitted sheet as the result calculator sees it: the weighted total and the points per criterion code.</summary>
public sealed record JudgeScore(Guid EntryId, Guid JudgeId, decimal Total, IReadOnlyDictionary<string, decimal> Points);
