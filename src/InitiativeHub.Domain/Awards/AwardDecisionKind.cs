namespace InitiativeHub.Domain.Awards;

/// <summary>What the leader decides on one proposed award.</summary>
public enum AwardDecisionKind
{
    Approve,
    Return,
    Reject,
}
