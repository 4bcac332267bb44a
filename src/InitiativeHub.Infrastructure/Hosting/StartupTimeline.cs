using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace InitiativeHub.Infrastructure.Hosting;

/// <summary>
/// When each start-up phase ended, counted from the start of the process (the launcher and the runtime included), so
/// an operator sees where a slow start went in one log line instead of reconstructing it from timestamps.
/// </summary>
public sealed class StartupTimeline
{
    private readonly ConcurrentQueue<(string Phase, TimeSpan At)> _marks = new();
    private readonly DateTime _processStartedUtc;

    public StartupTimeline()
    {
        using var process = Process.GetCurrentProcess();
        _processStartedUtc = process.StartTime.ToUniversalTime();
    }

    /// <summary>Time since the process started.</summary>
    public TimeSpan Elapsed => DateTime.UtcNow - _processStartedUtc;

    /// <summary>Records that <paramref name="phase"/> has just ended.</summary>
    public void Mark(string phase) => _marks.Enqueue((phase, Elapsed));

    /// <summary>The phases in the order they ended, e.g. <c>host built 1.20 s, database migrated 2.31 s</c>.</summary>
    public string Describe() =>
        string.Join(", ", _marks.OrderBy(m => m.At).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Phase} {m.At.TotalSeconds:F2} s")));
}
