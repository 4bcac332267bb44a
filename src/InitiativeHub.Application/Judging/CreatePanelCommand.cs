using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>Create a judging panel of a campaign (domain records cross the grain boundary through the JSON codec).</summary>
[GenerateSerializer, Immutable, Alias("ih.create-panel")]
public sealed record CreatePanelCommand(
    [property: Id(0)] Guid PanelId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<Guid>? CategoryIds,
    [property: Id(3)] IReadOnlyList<PanelMember> Members,
    [property: Id(4)] Guid ActorId);
