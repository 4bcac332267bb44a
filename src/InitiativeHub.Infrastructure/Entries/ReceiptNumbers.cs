using System.Globalization;

namespace InitiativeHub.Infrastructure.Entries;

/// <summary>
/// Receipt numbers read aloud and typed by people: six hex digits naming the campaign, then the receipt's sequence
/// in it ("3F9A1C-00012"). Unique across campaigns (a unique index guards the rare prefix collision).
/// </summary>
public static class ReceiptNumbers
{
    public static string Format(Guid campaignId, int sequence) =>
        $"{campaignId.ToString("N")[^6..].ToUpperInvariant()}-{sequence.ToString("D5", CultureInfo.InvariantCulture)}";
}
