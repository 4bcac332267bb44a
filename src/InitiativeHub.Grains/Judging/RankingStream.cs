namespace InitiativeHub.Grains.Judging;

/// <summary>The Orleans stream that carries ranking changes: one stream per campaign in <see cref="Namespace"/>.</summary>
public static class RankingStream
{
    public const string ProviderName = "ranking";

    public const string Namespace = "ranking-changed";

    public static StreamId For(Guid campaignId) => StreamId.Create(Namespace, campaignId);
}
