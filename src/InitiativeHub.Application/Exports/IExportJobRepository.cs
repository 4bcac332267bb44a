using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>The export_jobs table: written by the job's grain; the start and the outcome are audited, progress is not.</summary>
public interface IExportJobRepository
{
    Task<ExportJob?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, ExportJob>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Inserts a queued job with its audit record.</summary>
    Task AddAsync(ExportJob job, Guid actorId, CancellationToken cancellationToken);

    /// <summary>Saves progress (not audited).</summary>
    Task SaveProgressAsync(ExportJob job, CancellationToken cancellationToken);

    /// <summary>Saves a finished job with its audit record (who exported what, or why it failed).</summary>
    Task SaveOutcomeAsync(ExportJob job, CancellationToken cancellationToken);
}
