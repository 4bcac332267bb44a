using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Exports;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Exports;

public sealed class ExportJobRepository(IDbContextFactory<AppDbContext> contexts, TimeProvider clock) : IExportJobRepository
{
    public async Task<ExportJob?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, ExportJob>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ExportJobs.AsNoTracking().Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, cancellationToken);
    }

    public async Task AddAsync(ExportJob job, Guid actorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ExportJobs.Add(job);
        await db.SaveAuditedAsync(
            clock, actorId, "ExportJob", job.Id, "export-started",
            new { Kind = job.Kind.ToString(), Format = job.Format.ToString(), job.CampaignId, job.DirectiveId }, cancellationToken);
    }

    public async Task SaveProgressAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ExportJobs.Update(job);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveOutcomeAsync(ExportJob job, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ExportJobs.Update(job);
        await db.SaveAuditedAsync(
            clock, job.RequestedBy, "ExportJob", job.Id, job.Status == ExportJobStatus.Succeeded ? "export-succeeded" : "export-failed",
            new { Status = job.Status.ToString(), job.FileName, job.SizeBytes, job.Error }, cancellationToken);
    }
}
