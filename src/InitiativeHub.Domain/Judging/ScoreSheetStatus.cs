namespace InitiativeHub.Domain.Judging;

/// <summary>A sheet is a private draft until submitted; a submitted sheet is locked until the chair reopens it.</summary>
public enum ScoreSheetStatus
{
    Draft,
    Submitted,
}
