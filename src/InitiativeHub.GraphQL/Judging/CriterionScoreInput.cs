namespace InitiativeHub.GraphQL.Judging;

public sealed class CriterionScoreInput
{
    public string CriterionCode { get; set; } = string.Empty;

    public decimal Points { get; set; }

    public string? Comment { get; set; }
}
