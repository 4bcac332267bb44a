using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>The council's vote as the chair, secretary or an organizer records it after the meeting.</summary>
[GenerateSerializer, Immutable, Alias("ih.record-panel-vote")]
public sealed record RecordPanelVoteCommand(
    [property: Id(0)] Guid VoteId,
    [property: Id(1)] Guid PanelId,
    [property: Id(2)] string Subject,
    [property: Id(3)] BallotKind Kind,
    [property: Id(4)] IReadOnlyList<Guid> EntryIds,
    [property: Id(5)] int? ThresholdNumerator,
    [property: Id(6)] int? ThresholdDenominator,
    [property: Id(7)] IReadOnlyList<Guid> PresentMemberIds,
    [property: Id(8)] IReadOnlyList<PanelBallot>? Ballots,
    [property: Id(9)] IReadOnlyList<Guid>? VotedMemberIds,
    [property: Id(10)] int? Yes,
    [property: Id(11)] int? No,
    [property: Id(12)] int? Abstain,
    [property: Id(13)] Guid ActorId);
