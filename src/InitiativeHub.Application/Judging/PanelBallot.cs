using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>One member's choice in an open vote.</summary>
[GenerateSerializer, Immutable, Alias("ih.panel-ballot")]
public sealed record PanelBallot([property: Id(0)] Guid MemberId, [property: Id(1)] VoteChoice Choice);
