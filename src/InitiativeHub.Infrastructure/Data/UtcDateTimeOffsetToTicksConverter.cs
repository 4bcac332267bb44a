using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>Stores an instant as its UTC ticks (SQLite), so it orders and compares correctly in SQL.</summary>
public sealed class UtcDateTimeOffsetToTicksConverter()
    : ValueConverter<DateTimeOffset, long>(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
