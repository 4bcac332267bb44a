using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Campaigns;

/// <summary>Filters of the campaign list; <see cref="Search"/> ignores diacritics and word order.</summary>
public sealed record CampaignFilter(IReadOnlyList<CampaignPhase>? Phases = null, Guid? OrganizerId = null, string? Search = null);
