namespace InitiativeHub.Domain.Attachments;

/// <summary>
/// Limits for ZIP-based documents (DOCX, XLSX, PPTX, ODF). Every entry is inflated and counted, so a lying header
/// cannot hide a decompression bomb; the ratio applies only past <see cref="RatioFloorBytes"/> because small office
/// files legitimately compress very well.
/// </summary>
public sealed record ZipInspectionLimits
{
    public static ZipInspectionLimits Default { get; } = new();

    /// <summary>Total bytes all entries may inflate to.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Inflated total divided by the archive's size.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Below this inflated total the ratio is not checked.</summary>
    public long RatioFloorBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxEntries { get; init; } = 10_000;
}
