using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>Issue a plan of an organization with the tasks it assigns to its units.</summary>
[GenerateSerializer, Immutable, Alias("ih.create-plan")]
public sealed record CreatePlanCommand(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] Guid? DirectiveId,
    [property: Id(2)] PlanDraft Draft,
    [property: Id(3)] IReadOnlyList<PlanTaskDraft> Tasks,
    [property: Id(4)] Guid ActorId);
