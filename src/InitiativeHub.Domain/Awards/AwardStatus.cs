namespace InitiativeHub.Domain.Awards;

/// <summary>proposed → approved (→ revoked) | returned | rejected.</summary>
public enum AwardStatus
{
    Proposed,
    Approved,
    Returned,
    Rejected,
    Revoked,
}
