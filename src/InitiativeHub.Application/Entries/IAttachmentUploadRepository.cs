using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>Direct uploads in progress.</summary>
public interface IAttachmentUploadRepository
{
    Task AddAsync(AttachmentUpload upload, CancellationToken cancellationToken);

    Task<AttachmentUpload?> GetAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(AttachmentUpload upload, CancellationToken cancellationToken);

    /// <summary>Uploads that expired before completion (their blobs are to be removed).</summary>
    Task<IReadOnlyList<AttachmentUpload>> GetAbandonedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken);
}
