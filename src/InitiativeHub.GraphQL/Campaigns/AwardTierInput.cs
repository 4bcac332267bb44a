using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.GraphQL.Campaigns;

public sealed class AwardTierInput
{
    public string Name { get; set; } = string.Empty;

    public AwardForm Form { get; set; }

    public int? Quota { get; set; }

    public decimal? MinimumScore { get; set; }
}
