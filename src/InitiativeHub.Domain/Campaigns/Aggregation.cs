namespace InitiativeHub.Domain.Campaigns;

/// <summary>How judges' totals combine into an entry's score.</summary>
public enum Aggregation
{
    Mean,
    TrimmedMean,
    Median,
}
