namespace InitiativeHub.Domain.Judging;

/// <summary>An existing assignment a re-run dropped, and why.</summary>
public sealed record AssignmentRemoval(Assignment Assignment, AssignmentRemovalReason Reason);
