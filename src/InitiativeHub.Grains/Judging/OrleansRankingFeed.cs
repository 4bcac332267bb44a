using InitiativeHub.Application.Judging;
using Orleans.Streams;

namespace InitiativeHub.Grains.Judging;

/// <summary>
/// The ranking feed over an Orleans stream: the judging grain publishes on whichever silo it lives, and every silo's
/// subscribers receive, so a WebSocket on one machine hears sheets submitted through another.
/// </summary>
public sealed class OrleansRankingFeed(IClusterClient client) : IRankingFeed
{
    public async Task<IAsyncDisposable> SubscribeAsync(Guid campaignId, Func<RankingChange, Task> onChange, CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(RankingStream.ProviderName).GetStream<RankingChange>(RankingStream.For(campaignId));
        var handle = await stream.SubscribeAsync((change, _) => onChange(change));
        return new Subscription(handle);
    }

    private sealed class Subscription(StreamSubscriptionHandle<RankingChange> handle) : IAsyncDisposable
    {
        private int _disposed;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                await handle.UnsubscribeAsync();
            }
        }
    }
}
