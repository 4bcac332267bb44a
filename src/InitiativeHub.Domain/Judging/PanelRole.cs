namespace InitiativeHub.Domain.Judging;

/// <summary>A member's role in a council (TT 18/2013 Điều 8): Chủ tịch, Phó Chủ tịch, Ủy viên thư ký, Ủy viên.</summary>
public enum PanelRole
{
    Chair,
    ViceChair,
    Secretary,
    Member,
}
