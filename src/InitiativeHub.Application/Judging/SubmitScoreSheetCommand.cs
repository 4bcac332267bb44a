using InitiativeHub.Domain.Judging;

namespace InitiativeHub.Application.Judging;

/// <summary>A judge submits the sheet of an assignment (domain records cross the grain boundary through the JSON codec).</summary>
[GenerateSerializer, Immutable, Alias("ih.submit-score-sheet")]
public sealed record SubmitScoreSheetCommand(
    [property: Id(0)] Guid AssignmentId,
    [property: Id(1)] IReadOnlyList<CriterionScore> Scores,
    [property: Id(2)] string? Comment,
    [property: Id(3)] Guid JudgeId);
