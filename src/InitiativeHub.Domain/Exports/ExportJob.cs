using InitiativeHub.Domain.Common;

namespace InitiativeHub.Domain.Exports;

/// <summary>
/// One requested export: queued, running with a progress of 0–100, then succeeded with its stored file or failed with
/// a reason. A job that was running when its process stopped is failed as interrupted, never left running.
/// </summary>
public sealed class ExportJob
{
    public const int MaxErrorLength = 1000;

    private ExportJob()
    {
    }

    public Guid Id { get; private set; }

    public ExportKind Kind { get; private set; }

    public ExportFormat Format { get; private set; }

    /// <summary>The campaign the document is about (every kind but RESULTS_REPORT).</summary>
    public Guid? CampaignId { get; private set; }

    /// <summary>The directive the document answers (RESULTS_REPORT).</summary>
    public Guid? DirectiveId { get; private set; }

    /// <summary>The organization whose rights decide who may start, follow and download the job.</summary>
    public Guid OrganizationId { get; private set; }

    public Guid RequestedBy { get; private set; }

    public ExportJobStatus Status { get; private set; }

    public int Progress { get; private set; }

    /// <summary>Where the file is kept in the attachment store, once it is written.</summary>
    public string? StorageKey { get; private set; }

    /// <summary>The name the file is downloaded as.</summary>
    public string? FileName { get; private set; }

    public long? SizeBytes { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is ExportJobStatus.Succeeded or ExportJobStatus.Failed;

    public static ExportJob Queue(
        Guid id, ExportKind kind, ExportFormat format, Guid? campaignId, Guid? directiveId, Guid organizationId, Guid requestedBy, DateTimeOffset now)
    {
        ExportCatalog.EnsureSupported(kind, format);
        if (kind == ExportKind.ResultsReport ? directiveId is null : campaignId is null)
        {
            throw new ValidationException(
                kind == ExportKind.ResultsReport ? "Báo cáo kết quả cần chỉ rõ văn bản chỉ đạo." : "Cần chỉ rõ phong trào cần xuất tài liệu.",
                kind == ExportKind.ResultsReport ? "directiveId" : "campaignId");
        }

        return new ExportJob
        {
            Id = id,
            Kind = kind,
            Format = format,
            CampaignId = campaignId,
            DirectiveId = directiveId,
            OrganizationId = organizationId,
            RequestedBy = requestedBy,
            Status = ExportJobStatus.Queued,
            CreatedAt = now,
        };
    }

    public void Start(DateTimeOffset now)
    {
        EnsureStatus(ExportJobStatus.Queued);
        Status = ExportJobStatus.Running;
        StartedAt = now;
        Progress = 0;
    }

    /// <summary>Moves the progress forward (never back, never past 99 before the file is stored); true when it changed.</summary>
    public bool Advance(int percent)
    {
        EnsureStatus(ExportJobStatus.Running);
        var next = Math.Clamp(percent, Progress, 99);
        if (next == Progress)
        {
            return false;
        }

        Progress = next;
        return true;
    }

    public void Succeed(string storageKey, string fileName, long sizeBytes, DateTimeOffset now)
    {
        EnsureStatus(ExportJobStatus.Running);
        Status = ExportJobStatus.Succeeded;
        Progress = 100;
        StorageKey = storageKey;
        FileName = fileName;
        SizeBytes = sizeBytes;
        FinishedAt = now;
    }

    /// <summary>Ends a queued or running job with a reason the requester can read.</summary>
    public void Fail(string reason, DateTimeOffset now)
    {
        if (IsFinished)
        {
            throw new DomainException(ErrorCodes.Conflict, "Tiến trình xuất đã kết thúc.");
        }

        Status = ExportJobStatus.Failed;
        Error = reason.Length > MaxErrorLength ? reason[..MaxErrorLength] : reason;
        FinishedAt = now;
    }

    /// <summary>The stored file to download; EXPORT_NOT_READY unless the job succeeded.</summary>
    public (string StorageKey, string FileName) RequireFile() =>
        Status == ExportJobStatus.Succeeded && StorageKey is not null && FileName is not null
            ? (StorageKey, FileName)
            : throw new DomainException(ExportErrorCodes.ExportNotReady, "Tệp xuất chưa sẵn sàng để tải về.", "jobId");

    private void EnsureStatus(ExportJobStatus expected)
    {
        if (Status != expected)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Tiến trình xuất đang ở trạng thái {Status}, không thể thực hiện thao tác này.");
        }
    }
}
