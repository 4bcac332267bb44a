using InitiativeHub.Domain.Directives;

namespace InitiativeHub.Application.Directives;

/// <summary>Issue a directive (domain records cross the grain boundary through the JSON codec).</summary>
[GenerateSerializer, Immutable, Alias("ih.issue-directive")]
public sealed record IssueDirectiveCommand(
    [property: Id(0)] Guid IssuerId,
    [property: Id(1)] DirectiveDraft Draft,
    [property: Id(2)] IReadOnlyList<Guid> RecipientIds,
    [property: Id(3)] Guid ActorId);
