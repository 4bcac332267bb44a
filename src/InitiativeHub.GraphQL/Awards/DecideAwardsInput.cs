namespace InitiativeHub.GraphQL.Awards;

public sealed class DecideAwardsInput
{
    public List<AwardDecisionInput> Decisions { get; set; } = [];

    public string DecisionNumber { get; set; } = string.Empty;

    public DateOnly? DecisionDate { get; set; }
}
