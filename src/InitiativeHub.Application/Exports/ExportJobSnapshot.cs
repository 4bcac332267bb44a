using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>An export job as clients see it and as it crosses the grain boundary (the domain object stays in its grain).</summary>
[GenerateSerializer, Immutable, Alias("ih.export-job")]
public sealed record ExportJobSnapshot(
    [property: Id(0)] Guid Id,
    [property: Id(1)] ExportKind Kind,
    [property: Id(2)] ExportFormat Format,
    [property: Id(3)] Guid? CampaignId,
    [property: Id(4)] Guid? DirectiveId,
    [property: Id(5)] Guid OrganizationId,
    [property: Id(6)] Guid RequestedBy,
    [property: Id(7)] ExportJobStatus Status,
    [property: Id(8)] int Progress,
    [property: Id(9)] string? FileName,
    [property: Id(10)] string? Error,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status is ExportJobStatus.Succeeded or ExportJobStatus.Failed;

    public static ExportJobSnapshot From(ExportJob job) => new(
        job.Id, job.Kind, job.Format, job.CampaignId, job.DirectiveId, job.OrganizationId, job.RequestedBy, job.Status, job.Progress,
        job.FileName, job.Error, job.CreatedAt, job.FinishedAt);
}
