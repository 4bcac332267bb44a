namespace InitiativeHub.Application.Campaigns;

/// <summary>A rubric criterion as given by the organizer (weight defaults to 1).</summary>
[GenerateSerializer, Immutable, Alias("ih.criterion-data")]
public sealed record CriterionData(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] decimal MaxPoints,
    [property: Id(4)] decimal? Weight);
