namespace InitiativeHub.GraphQL.Judging;

public sealed class SubmitScoreSheetInput
{
    public string AssignmentId { get; set; } = string.Empty;

    public IReadOnlyList<CriterionScoreInput> Scores { get; set; } = [];

    public string? Comment { get; set; }
}
