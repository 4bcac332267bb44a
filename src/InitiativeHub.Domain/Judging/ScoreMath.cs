using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Domain.Judging;

/// <summary>Decimal statistics for scoring; nothing here rounds beyond decimal's own 28–29 significant digits.</summary>
internal static class ScoreMath
{
    public static decimal Aggregate(IReadOnlyList<decimal> values, Aggregation aggregation) => aggregation switch
    {
        Aggregation.Mean => Mean(values),
        Aggregation.TrimmedMean => TrimmedMean(values),
        Aggregation.Median => Median(values),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregation)),
    };

    public static decimal Mean(IReadOnlyList<decimal> values) => values.Sum() / values.Count;

    /// <summary>Drops the single highest and lowest value when there are at least three; otherwise the plain mean.</summary>
    public static decimal TrimmedMean(IReadOnlyList<decimal> values)
    {
        if (values.Count < 3)
        {
            return Mean(values);
        }

        var sorted = values.Order().ToList();
        return Mean(sorted.GetRange(1, sorted.Count - 2));
    }

    public static decimal Median(IReadOnlyList<decimal> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Population standard deviation: √(Σ(x − mean)² / n).</summary>
    public static decimal PopulationStandardDeviation(IReadOnlyList<decimal> values)
    {
        var mean = Mean(values);
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        return Sqrt(variance);
    }

    /// <summary>Newton's method in decimal, starting above the root so it descends monotonically.</summary>
    public static decimal Sqrt(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (value == 0)
        {
            return 0;
        }

        var guess = value > 1 ? value : 1m;
        for (var i = 0; i < 200; i++)
        {
            var next = (guess + (value / guess)) / 2;
            if (next >= guess)
            {
                break;
            }

            guess = next;
        }

        return guess;
    }

    public static decimal Clamp(decimal value, decimal min, decimal max) => Math.Min(Math.Max(value, min), max);
}
