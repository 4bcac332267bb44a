namespace InitiativeHub.Application.Judging;

/// <summary>
/// Cluster-wide feed of ranking changes, one channel per campaign: the judging grain publishes, subscribers on any silo
/// receive. Nothing is filtered here; who may see which row is decided by <see cref="JudgingService"/>.
/// </summary>
public interface IRankingFeed
{
    /// <summary>Subscribes to a campaign's changes; disposing the handle unsubscribes.</summary>
    Task<IAsyncDisposable> SubscribeAsync(Guid campaignId, Func<RankingChange, Task> onChange, CancellationToken cancellationToken);
}
