using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>Save a recipient's report as a draft, or submit it (<see cref="Submit"/>).</summary>
[GenerateSerializer, Immutable, Alias("ih.save-unit-report")]
public sealed record SaveUnitReportCommand(
    [property: Id(0)] Guid OrganizationId,
    [property: Id(1)] IReadOnlyList<ActivityCount> Activities,
    [property: Id(2)] string? Narrative,
    [property: Id(3)] bool Submit,
    [property: Id(4)] Guid ActorId);
