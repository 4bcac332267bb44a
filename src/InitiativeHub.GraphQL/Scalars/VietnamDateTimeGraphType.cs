using GraphQL.Types;

namespace InitiativeHub.GraphQL.Scalars;

/// <summary>
/// <c>DateTime</c>: an instant as ISO-8601 with its offset. Output is shown in Asia/Ho_Chi_Minh (+07:00), the time
/// users read deadlines in; input must carry an offset so no instant is ambiguous.
/// </summary>
public sealed class VietnamDateTimeGraphType : DateTimeOffsetGraphType
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public VietnamDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "ISO-8601 instant with offset, e.g. 2026-05-15T17:00:00+07:00.";
    }

    public override object? Serialize(object? value) =>
        value is DateTimeOffset instant
            ? TimeZoneInfo.ConvertTime(instant, Vietnam).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)
            : base.Serialize(value);
}
