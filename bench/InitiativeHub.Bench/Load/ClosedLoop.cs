using System.Diagnostics;

namespace InitiativeHub.Bench.Load;

/// <summary>
/// Closed-loop throughput: N clients, each sending its next operation as soon as the previous one is answered.
/// A warm-up (JIT tiering, pools, grain activation) runs first and is not counted; then every operation that
/// completes within the measured window counts toward throughput.
/// </summary>
public static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(
        int clients, TimeSpan warmup, TimeSpan duration, Func<int, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var samples = new LatencySamples();
        var errors = new ErrorCounts();
        var completed = 0L;
        var acknowledged = 0L;
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task ClientAsync(int client)
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= measureUntil)
                {
                    return;
                }

                string? failure = null;
                try
                {
                    await operation(client, cancellationToken);
                }
                catch (OperationFailedException ex)
                {
                    failure = ex.Kind;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException or System.Data.Common.DbException)
                {
                    failure = ex.GetType().Name;
                }

                var done = Stopwatch.GetTimestamp();
                if (failure is null)
                {
                    Interlocked.Increment(ref acknowledged);
                }

                // Only operations sent and answered inside the window count: none straddles its edges.
                if (sent >= measureFrom && done <= measureUntil)
                {
                    if (failure is null)
                    {
                        Interlocked.Increment(ref completed);
                        samples.Add(done - sent);
                    }
                    else
                    {
                        errors.Add(failure);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(() => ClientAsync(c), cancellationToken)));
        return new LoadResult(completed, duration, samples.Summarize(), errors, acknowledged);
    }
}

/// <summary>
/// What one load run achieved: operations completed in the measured window, their latencies, the failures, and all
/// operations that succeeded (warm-up and window edges included: what the server acknowledged).
/// </summary>
public sealed record LoadResult(long Completed, TimeSpan Window, LatencySummary Latency, ErrorCounts Errors, long Acknowledged)
{
    public double PerSecond => Completed / Window.TotalSeconds;
}
