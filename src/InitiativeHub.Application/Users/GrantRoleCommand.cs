using InitiativeHub.Domain.Access;

namespace InitiativeHub.Application.Users;

/// <summary>Grant a role at an organization to the user the grain is keyed by.</summary>
[GenerateSerializer, Immutable, Alias("ih.grant-role")]
public sealed record GrantRoleCommand(
    [property: Id(0)] Role Role,
    [property: Id(1)] Guid OrganizationId,
    [property: Id(2)] Guid? ActorId);
