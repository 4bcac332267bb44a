namespace InitiativeHub.Application.Users;

/// <summary>What the platform shows of a user account.</summary>
public sealed record UserProfile(Guid Id, string? Email, string FullName, Guid? OrganizationId);
