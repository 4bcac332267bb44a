namespace InitiativeHub.Infrastructure.Tests.Attachments;

/// <summary>The system clock moved by a fixed offset: a store living an hour ago makes URLs that have expired now.</summary>
internal sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
