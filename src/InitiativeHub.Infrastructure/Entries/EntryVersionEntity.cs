namespace InitiativeHub.Infrastructure.Entries;

/// <summary>A frozen submitted version with its receipt (append-only).</summary>
public sealed class EntryVersionEntity
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public Guid CampaignId { get; set; }

    public int Version { get; set; }

    /// <summary>The n-th receipt issued in the campaign (unique per campaign).</summary>
    public int ReceiptSequence { get; set; }

    public string ReceiptNumber { get; set; } = string.Empty;

    public string Digest { get; set; } = string.Empty;

    public DateTimeOffset SubmittedAt { get; set; }

    public string CanonicalForm { get; set; } = string.Empty;

    public string? IdempotencyKey { get; set; }
}
