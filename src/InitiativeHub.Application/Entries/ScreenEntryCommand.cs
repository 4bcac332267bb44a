using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>An organizer's screening decision.</summary>
[GenerateSerializer, Immutable, Alias("ih.screen-entry")]
public sealed record ScreenEntryCommand(
    [property: Id(0)] ScreeningDecision Decision,
    [property: Id(1)] string? Reason,
    [property: Id(2)] DateTimeOffset? DueAt,
    [property: Id(3)] Guid? DuplicateOfEntryId,
    [property: Id(4)] Guid ActorId);
