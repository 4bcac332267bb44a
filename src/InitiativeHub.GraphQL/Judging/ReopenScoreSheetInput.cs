namespace InitiativeHub.GraphQL.Judging;

public sealed class ReopenScoreSheetInput
{
    public string AssignmentId { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;
}
