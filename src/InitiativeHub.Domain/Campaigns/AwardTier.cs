namespace InitiativeHub.Domain.Campaigns;

/// <summary>An award tier (Giải Nhất, Giấy khen…) with its quota and minimum score.</summary>
public sealed record AwardTier(Guid Id, string Name, AwardForm Form, int? Quota, decimal? MinimumScore);
