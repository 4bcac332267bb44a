using System.Diagnostics;

namespace InitiativeHub.Bench.Load;

/// <summary>
/// Every latency sample of a run, kept whole: percentiles are read exactly from the sorted samples (nearest rank),
/// not estimated from buckets. A run of minutes at hundreds per second is a few hundred thousand longs.
/// </summary>
public sealed class LatencySamples
{
    private readonly Lock _gate = new();
    private readonly List<long> _ticks = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ticks.Count;
            }
        }
    }

    /// <summary>Records one latency in <see cref="Stopwatch"/> ticks.</summary>
    public void Add(long stopwatchTicks)
    {
        lock (_gate)
        {
            _ticks.Add(stopwatchTicks);
        }
    }

    public LatencySummary Summarize()
    {
        long[] sorted;
        lock (_gate)
        {
            sorted = [.. _ticks];
        }

        Array.Sort(sorted);
        return new LatencySummary(
            sorted.Length,
            Percentile(sorted, 50),
            Percentile(sorted, 90),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            Percentile(sorted, 99.9),
            sorted.Length == 0 ? double.NaN : Milliseconds(sorted[^1]),
            sorted.Length == 0 ? double.NaN : sorted.Average(Milliseconds));
    }

    /// <summary>The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it.</summary>
    public static double Percentile(long[] sorted, double percent)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return Milliseconds(sorted[Math.Clamp(rank, 1, sorted.Length) - 1]);
    }

    public static double Milliseconds(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P90, double P95, double P99, double P999, double Max, double Mean);
