namespace InitiativeHub.Domain.Directives;

/// <summary>One kind of activity a unit reports (banners hung, articles published…) and how many, with an optional note.</summary>
public sealed record ActivityCount(string Kind, int Count, string? Note);
