namespace InitiativeHub.Application.Judging;

/// <summary>Where an assignment stands: to score, set aside for a conflict of interest, or scored.</summary>
public enum AssignmentStatus
{
    Assigned,
    Conflict,
    Scored,
}
