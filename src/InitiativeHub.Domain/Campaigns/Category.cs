namespace InitiativeHub.Domain.Campaigns;

/// <summary>A field (lĩnh vực) entries are submitted in.</summary>
public sealed record Category(Guid Id, string Name);
