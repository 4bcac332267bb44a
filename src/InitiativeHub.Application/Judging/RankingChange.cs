namespace InitiativeHub.Application.Judging;

/// <summary>The results of a campaign that changed when a sheet was submitted or reopened (published to the ranking feed).</summary>
[GenerateSerializer, Immutable, Alias("ih.ranking-change")]
public sealed record RankingChange([property: Id(0)] Guid CampaignId, [property: Id(1)] IReadOnlyList<EntryResultRecord> Rows);
