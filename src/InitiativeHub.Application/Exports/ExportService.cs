using InitiativeHub.Application.Access;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>
/// Use cases of exports. Who may start a campaign's export may also follow it and download its file: the holders of
/// <see cref="Permission.ExportDocuments"/> at the campaign's organizing organization or above (organizers, leaders).
/// Documents whose data does not exist yet are refused up front with EXPORT_DATA_NOT_AVAILABLE, never faked.
/// </summary>
public sealed class ExportService(
    IAccessControl access,
    CampaignService campaigns,
    IExportJobRepository jobs,
    ICommendationExportReader commendation,
    IAttachmentStore store,
    IGrainFactory grains)
{
    /// <summary>Where a finished job's file is downloaded; the endpoint asks <see cref="OpenDownloadAsync"/> on every request.</summary>
    public static string DownloadPath(Guid jobId) => $"/exports/{jobId:D}/download";

    public async Task<ExportJobSnapshot> StartAsync(
        Viewer viewer, Guid? campaignId, Guid? directiveId, ExportKind kind, ExportFormat format, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        ExportCatalog.EnsureSupported(kind, format);
        if (kind == ExportKind.ResultsReport)
        {
            // Directives and unit reports are not stored by this build, so there is no report to write.
            throw new DomainException(
                ExportErrorCodes.ExportDataNotAvailable, "Chưa có dữ liệu báo cáo kết quả cho văn bản chỉ đạo này.", "directiveId");
        }

        if (campaignId is not { } id)
        {
            throw new ValidationException("Cần chỉ rõ phong trào cần xuất tài liệu.", "campaignId");
        }

        var campaign = (await campaigns.GetVisibleAsync(viewer, [id], cancellationToken)).GetValueOrDefault(id)
            ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        await access.EnsureAsync(viewer, Permission.ExportDocuments, campaign.OrganizerId, cancellationToken);
        if (kind is ExportKind.AwardeeList or ExportKind.DecisionDraft or ExportKind.CouncilMinutes
            && !await commendation.IsAvailableAsync(campaign, kind, cancellationToken))
        {
            throw new DomainException(ExportErrorCodes.ExportDataNotAvailable, UnavailableMessage(kind), "kind");
        }

        var command = new StartExportCommand(kind, format, campaign.Id, directiveId, campaign.OrganizerId, actorId);
        return (await grains.GetGrain<IExportJobGrain>(Guid.CreateVersion7()).StartAsync(command)).Unwrap();
    }

    /// <summary>The jobs among <paramref name="ids"/> the viewer may follow; unfinished ones as their grain knows them now.</summary>
    public async Task<IReadOnlyDictionary<Guid, ExportJobSnapshot>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, ExportJobSnapshot>();
        if (!viewer.IsAuthenticated)
        {
            return visible;
        }

        foreach (var (id, job) in await jobs.GetByIdsAsync(ids, cancellationToken))
        {
            if (!await access.CanAsync(viewer, Permission.ExportDocuments, job.OrganizationId, cancellationToken))
            {
                continue;
            }

            // The row of an unfinished job may be stale (its process stopped): the job's grain has the truth.
            visible[id] = job.IsFinished ? ExportJobSnapshot.From(job) : await grains.GetGrain<IExportJobGrain>(id).GetAsync() ?? ExportJobSnapshot.From(job);
        }

        return visible;
    }

    /// <summary>The job's changes from now on, starting with its current state; NOT_FOUND for a job the viewer may not follow.</summary>
    public async Task<IObservable<ExportJobSnapshot>> WatchAsync(Viewer viewer, Guid jobId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        if (!(await GetVisibleAsync(viewer, [jobId], cancellationToken)).ContainsKey(jobId))
        {
            throw new NotFoundException("Không tìm thấy tiến trình xuất.", "jobId");
        }

        return new ExportJobFeed(grains, jobId);
    }

    /// <summary>
    /// The finished file for a viewer who may download it: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN (signed in without the
    /// right) or EXPORT_NOT_READY otherwise.
    /// </summary>
    public async Task<ExportDownload> OpenDownloadAsync(Viewer viewer, Guid jobId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var job = await jobs.GetAsync(jobId, cancellationToken) ?? throw new NotFoundException("Không tìm thấy tiến trình xuất.", "jobId");
        await access.EnsureAsync(viewer, Permission.ExportDocuments, job.OrganizationId, cancellationToken);
        var (key, fileName) = job.RequireFile();
        var content = await store.OpenReadAsync(key, cancellationToken)
            ?? throw new NotFoundException("Tệp xuất không còn trong kho lưu trữ; vui lòng xuất lại.", "jobId");
        return new ExportDownload(content, fileName, ExportCatalog.ContentType(job.Format));
    }

    private static string UnavailableMessage(ExportKind kind) => kind switch
    {
        ExportKind.CouncilMinutes => "Hội đồng chưa có kết quả biểu quyết để lập biên bản.",
        ExportKind.DecisionDraft => "Chưa có khen thưởng nào được phê duyệt để lập dự thảo quyết định.",
        _ => "Chưa có khen thưởng nào được phê duyệt để lập danh sách.",
    };
}
