namespace InitiativeHub.Domain.Judging;

/// <summary>An entry left with fewer judges than required; its other judges stay assigned.</summary>
public sealed record AssignmentShortfall(Guid EntryId, int Required, int Assigned, ShortfallReason Reason);
