using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Organizations;

/// <summary>Create an organization (under a parent, or a root).</summary>
[GenerateSerializer, Immutable, Alias("ih.create-organization")]
public sealed record CreateOrganizationCommand(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Code,
    [property: Id(2)] OrganizationKind Kind,
    [property: Id(3)] Guid? ParentId,
    [property: Id(4)] Guid? ActorId);
