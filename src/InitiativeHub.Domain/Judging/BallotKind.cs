namespace InitiativeHub.Domain.Judging;

/// <summary>Biểu quyết (show of hands, each member's choice on record) or bỏ phiếu kín (secret ballot: counts only).</summary>
public enum BallotKind
{
    Open,
    Secret,
}
