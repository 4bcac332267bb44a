using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Awards;

/// <summary>A campaign whose proposed awards the viewer may decide, and how many wait for a decision.</summary>
public sealed record CampaignAwaitingDecision(Campaign Campaign, int PendingCount);
