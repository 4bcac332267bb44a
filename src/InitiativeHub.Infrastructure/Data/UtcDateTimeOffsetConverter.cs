using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InitiativeHub.Infrastructure.Data;

/// <summary>
/// Writes every instant in UTC (PostgreSQL): Npgsql refuses a DateTimeOffset with a non-zero offset for timestamptz,
/// and instants entered in Vietnam time (+07:00) are the same instants in UTC.
/// </summary>
public sealed class UtcDateTimeOffsetConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value.ToUniversalTime());
