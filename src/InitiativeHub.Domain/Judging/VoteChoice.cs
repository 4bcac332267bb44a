namespace InitiativeHub.Domain.Judging;

/// <summary>A member's ballot: tán thành, không tán thành, không biểu quyết.</summary>
public enum VoteChoice
{
    Yes,
    No,
    Abstain,
}
