using InitiativeHub.Application.Entries;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Entries;

public sealed class AttachmentUploadRepository(IDbContextFactory<AppDbContext> contexts) : IAttachmentUploadRepository
{
    public async Task AddAsync(AttachmentUpload upload, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AttachmentUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<AttachmentUpload?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AttachmentUploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
    }

    public async Task SaveAsync(AttachmentUpload upload, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AttachmentUploads.Update(upload);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AttachmentUpload>> GetAbandonedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AttachmentUploads.AsNoTracking()
            .Where(u => u.CompletedAt == null && u.ExpiresAt < now)
            .OrderBy(u => u.ExpiresAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AttachmentUploads.Where(u => u.Id == id).ExecuteDeleteAsync(cancellationToken);
    }
}
