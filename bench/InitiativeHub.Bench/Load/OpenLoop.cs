using System.Diagnostics;

namespace InitiativeHub.Bench.Load;

/// <summary>
/// Open-loop load at a fixed arrival rate: arrival i is due at start + i/rate whether or not earlier ones have been
/// answered, and its latency runs from that scheduled time, not from when the driver got round to sending it. A
/// stalled server therefore shows up in the latencies instead of silently slowing the driver down (coordinated
/// omission). Arrivals in the warm-up are sent but not recorded.
/// </summary>
public static class OpenLoop
{
    public static async Task<OpenLoopResult> RunAsync(
        double perSecond, TimeSpan warmup, TimeSpan duration, Func<int, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        var samples = new LatencySamples();
        var errors = new ErrorCounts();
        var warmupArrivals = (int)Math.Round(warmup.TotalSeconds * perSecond);
        var arrivals = warmupArrivals + (int)Math.Round(duration.TotalSeconds * perSecond);
        var interval = Stopwatch.Frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var lateSends = 0;
        var inFlight = new List<Task>(arrivals);

        async Task ArrivalAsync(int index, long scheduled)
        {
            string? failure = null;
            try
            {
                await operation(index, cancellationToken);
            }
            catch (OperationFailedException ex)
            {
                failure = ex.Kind;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidOperationException)
            {
                failure = ex.GetType().Name;
            }

            if (index < warmupArrivals)
            {
                return;
            }

            if (failure is null)
            {
                samples.Add(Stopwatch.GetTimestamp() - scheduled);
            }
            else
            {
                errors.Add(failure);
            }
        }

        for (var i = 0; i < arrivals; i++)
        {
            var scheduled = start + (long)(i * interval);
            var wait = scheduled - Stopwatch.GetTimestamp();
            if (wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken);
            }
            else if (-wait > Stopwatch.Frequency / 1000)
            {
                lateSends++; // the driver itself was more than 1 ms late; the latency still counts from the schedule
            }

            var index = i;
            inFlight.Add(Task.Run(() => ArrivalAsync(index, scheduled), cancellationToken));
        }

        var sendingTook = Stopwatch.GetElapsedTime(start);
        await Task.WhenAll(inFlight);
        return new OpenLoopResult(perSecond, arrivals - warmupArrivals, duration, samples.Summarize(), errors, lateSends, sendingTook);
    }
}

/// <summary>An open-loop run: the offered rate, what was measured and how punctual the driver was.</summary>
public sealed record OpenLoopResult(
    double OfferedPerSecond, int Arrivals, TimeSpan Window, LatencySummary Latency, ErrorCounts Errors, int LateSends, TimeSpan SendingTook);
