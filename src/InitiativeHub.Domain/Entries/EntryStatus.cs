namespace InitiativeHub.Domain.Entries;

/// <summary>Where an entry stands, from draft to the award decision.</summary>
public enum EntryStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Rejected,
    Withdrawn,
    UnderReview,
    Scored,
    Awarded,
    NotAwarded,
}
