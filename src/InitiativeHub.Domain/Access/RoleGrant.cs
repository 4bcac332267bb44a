using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Domain.Access;

/// <summary>A role a user holds at an organization (and so over its subtree).</summary>
public sealed record RoleGrant(Guid UserId, Role Role, Guid OrganizationId, OrganizationPath OrganizationPath);
