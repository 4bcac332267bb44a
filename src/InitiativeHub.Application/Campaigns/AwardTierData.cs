using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Campaigns;

/// <summary>An award tier as given by the organizer.</summary>
[GenerateSerializer, Immutable, Alias("ih.award-tier-data")]
public sealed record AwardTierData(
    [property: Id(0)] string Name,
    [property: Id(1)] AwardForm Form,
    [property: Id(2)] int? Quota,
    [property: Id(3)] decimal? MinimumScore);
