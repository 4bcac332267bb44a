namespace InitiativeHub.Domain.Access;

/// <summary>Roles are granted per organization and apply to its whole subtree.</summary>
public enum Role
{
    Admin,
    Organizer,
    Judge,
    Leader,
    Staff,
    Citizen,
}
