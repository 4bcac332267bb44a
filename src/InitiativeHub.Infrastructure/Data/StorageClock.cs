namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// The system clock at the precision every supported database stores: PostgreSQL's timestamptz keeps microseconds,
/// so an instant taken at .NET's 100 ns precision would come back changed (and a hash or a receipt computed from the
/// in-memory value would no longer match the stored one). SQLite stores ticks and loses nothing either way.
/// </summary>
public sealed class StorageClock(TimeProvider inner) : TimeProvider
{
    /// <summary>The system clock, truncated to microseconds.</summary>
    public static StorageClock Default { get; } = new(TimeProvider.System);

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => Truncate(inner.GetUtcNow());

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>The instant without its sub-microsecond ticks, in UTC.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.UtcTicks % TimeSpan.TicksPerMicrosecond));
    }
}
