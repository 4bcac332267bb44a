using InitiativeHub.Domain.Awards;

namespace InitiativeHub.GraphQL.Awards;

public sealed class AwardDecisionInput
{
    public string AwardId { get; set; } = string.Empty;

    public AwardDecisionKind Decision { get; set; }

    public string? Reason { get; set; }
}
