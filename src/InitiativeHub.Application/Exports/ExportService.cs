using InitiativeHub.Application.Access;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>
/// Use cases of exports. Who may start a campaign's export may also follow it and download its file: the holders of
/// <see cref="Permission.ExportDocuments"/> at the campaign's organizing organization or above (organizers, leaders).
/// Documents whose data does not exist yet are refused up front with EXPORT_DATA_NOT_AVAILABLE, never faked. A
/// directive's results report is written by the issuer (consolidated over every recipient) or by a recipient (its own),
/// as <see cref="IAccessControl.CanExportResultsReportAsync"/> decides; its job belongs to that writing organization.
/// </summary>
public sealed class ExportService(
    IAccessControl access,
    CampaignService campaigns,
    DirectiveService directives,
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
            return await StartResultsReportAsync(viewer, actorId, directiveId, format, cancellationToken);
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

    private async Task<ExportJobSnapshot> StartResultsReportAsync(Viewer viewer, Guid actorId, Guid? directiveId, ExportFormat format, CancellationToken cancellationToken)
    {
        if (directiveId is not { } id)
        {
            throw new ValidationException("Báo cáo kết quả cần chỉ rõ văn bản chỉ đạo.", "directiveId");
        }

        var directive = (await directives.GetVisibleAsync(viewer, [id], cancellationToken)).GetValueOrDefault(id)
            ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
        Guid writer;
        if (await access.CanExportResultsReportAsync(viewer, directive.IssuerId, directive.IssuerId, cancellationToken))
        {
            writer = directive.IssuerId;
        }
        else
        {
            var own = new List<Guid>();
            foreach (var recipientId in directive.RecipientIds)
            {
                if (await access.CanExportResultsReportAsync(viewer, directive.IssuerId, recipientId, cancellationToken))
                {
                    own.Add(recipientId);
                }
            }

            writer = own.Count switch
            {
                0 => throw new ForbiddenException(),
                1 => own[0],
                _ => throw new ValidationException("Bạn báo cáo cho nhiều đơn vị nhận văn bản này; mỗi đơn vị xuất báo cáo của mình bằng tài khoản của đơn vị.", "directiveId"),
            };
        }

        var command = new StartExportCommand(ExportKind.ResultsReport, format, null, directive.Id, writer, actorId);
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
