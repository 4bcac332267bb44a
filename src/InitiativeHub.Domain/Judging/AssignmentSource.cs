namespace InitiativeHub.Domain.Judging;

/// <summary>Who made an assignment: the balancing algorithm or an organizer by hand.</summary>
public enum AssignmentSource
{
    Automatic,
    Manual,
}
