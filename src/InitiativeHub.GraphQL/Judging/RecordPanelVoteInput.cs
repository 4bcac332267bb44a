using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class RecordPanelVoteInput
{
    public string PanelId { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public BallotKind Ballot { get; set; }

    public List<string>? EntryIds { get; set; }

    public int? ThresholdNumerator { get; set; }

    public int? ThresholdDenominator { get; set; }

    public List<string> PresentMemberIds { get; set; } = [];

    public List<PanelBallotInput>? Ballots { get; set; }

    public List<string>? VotedMemberIds { get; set; }

    public int? Yes { get; set; }

    public int? No { get; set; }

    public int? Abstain { get; set; }
}
