namespace InitiativeHub.Domain.Judging;

/// <summary>A judge's points for one rubric criterion, with an optional remark (the "Nhận xét" box of the sheet).</summary>
public sealed record CriterionScore(string Code, decimal Points, string? Comment = null);
