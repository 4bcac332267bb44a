using InitiativeHub.Domain.Judging;

namespace InitiativeHub.GraphQL.Judging;

public sealed class PanelBallotInput
{
    public string MemberId { get; set; } = string.Empty;

    public VoteChoice Choice { get; set; }
}
