using InitiativeHub.Application.Access;
using InitiativeHub.Application.Attachments;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Attachments;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Entries;

namespace InitiativeHub.Application.Entries;

/// <summary>
/// Attachments of entries: small files through the request, large ones straight to the store by a signed URL.
/// The content type is decided by sniffing the stored bytes, the campaign's size and type policy applies, and a file
/// that is refused at any step is removed again, so nothing is left half-written.
/// </summary>
public sealed class AttachmentService(
    IAccessControl access,
    EntryService entries,
    CampaignService campaigns,
    IAttachmentStore store,
    IAttachmentUploadRepository uploads,
    IGrainFactory grains,
    TimeProvider clock)
{
    public static readonly TimeSpan UploadLifetime = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan DownloadLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Stores a file sent with the request and attaches it to the viewer's own entry.</summary>
    public async Task<EntryAttachment> AddAsync(Viewer viewer, Guid entryId, string? fileName, long declaredLength, Stream content, CancellationToken cancellationToken)
    {
        var (entry, policy) = await GetOwnEntryAsync(viewer, entryId, cancellationToken);
        AttachmentPolicy.EnsureNameAllowed(fileName);
        policy.EnsureSizeAllowed(declaredLength);
        var attachmentId = Guid.CreateVersion7();
        var key = KeyFor(entry.Id, attachmentId);
        var stored = await PutAsync(key, content, policy, cancellationToken);
        return await AttachStoredAsync(entry, attachmentId, fileName, stored, policy, expectedSha256: null, cancellationToken);
    }

    /// <summary>Starts a direct upload: a write-only URL for one blob, valid for half an hour.</summary>
    public async Task<AttachmentUploadTicket> RequestUploadAsync(Viewer viewer, Guid entryId, string fileName, string contentType, long sizeBytes, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var (entry, policy) = await GetOwnEntryAsync(viewer, entryId, cancellationToken);
        if (sizeBytes <= 0)
        {
            throw new ValidationException("Kích thước tệp phải lớn hơn 0.", "sizeBytes");
        }

        AttachmentPolicy.EnsureNameAllowed(fileName);
        policy.EnsureSizeAllowed(sizeBytes);
        var id = Guid.CreateVersion7();
        var key = KeyFor(entry.Id, id);
        var now = clock.GetUtcNow();
        var upload = AttachmentUpload.Start(id, entry.Id, userId, AttachmentFileName.Sanitize(fileName), contentType.Trim().ToLowerInvariant(), sizeBytes, key, now, UploadLifetime);
        var url = await store.CreateUploadUrlAsync(key, new AttachmentUploadRequest(sizeBytes, UploadLifetime), cancellationToken);
        await uploads.AddAsync(upload, cancellationToken);
        return new AttachmentUploadTicket(id, url.Url, url.Method, url.Headers, url.ExpiresAt < upload.ExpiresAt ? url.ExpiresAt : upload.ExpiresAt);
    }

    /// <summary>Completes a direct upload: the stored size and SHA-256 must match, then the usual checks apply.</summary>
    public async Task<(Guid EntryId, EntryAttachment Attachment)> CompleteUploadAsync(Viewer viewer, Guid uploadId, string sha256, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var upload = await uploads.GetAsync(uploadId, cancellationToken);
        if (upload is null || upload.UserId != userId)
        {
            throw new NotFoundException("Không tìm thấy phiên tải lên.", "uploadId");
        }

        if (upload.CompletedAt is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, "Phiên tải lên này đã hoàn tất.");
        }

        if (clock.GetUtcNow() > upload.ExpiresAt)
        {
            await DiscardAsync(upload, cancellationToken);
            throw new DomainException(ErrorCodes.DeadlinePassed, "Phiên tải lên đã hết hạn, vui lòng tải lại.");
        }

        var (entry, policy) = await GetOwnEntryAsync(viewer, upload.EntryId, cancellationToken);
        var stored = await store.DigestAsync(upload.StorageKey, cancellationToken)
            ?? throw new ValidationException("Chưa nhận được nội dung tệp; hãy tải tệp lên trước khi hoàn tất.", "uploadId");
        try
        {
            if (stored.Size != upload.DeclaredSizeBytes)
            {
                throw new AttachmentRejectedException(
                    AttachmentErrorCodes.DigestMismatch, $"Kích thước tệp nhận được ({stored.Size} byte) khác kích thước đã khai báo ({upload.DeclaredSizeBytes} byte).");
            }

            var attachment = await AttachStoredAsync(entry, upload.Id, upload.FileName, stored, policy, sha256, cancellationToken);
            upload.Complete(clock.GetUtcNow());
            await uploads.SaveAsync(upload, cancellationToken);
            return (entry.Id, attachment);
        }
        catch (DomainException)
        {
            await DiscardAsync(upload, cancellationToken);
            throw;
        }
    }

    /// <summary>A short-lived download URL, for viewers who may read the entry's files; null for others.</summary>
    public async Task<Uri?> GetDownloadUrlAsync(Viewer viewer, Entry entry, EntryAttachment attachment, CancellationToken cancellationToken)
    {
        if (!await entries.CanSeeConfidentialAsync(viewer, entry, cancellationToken))
        {
            return null;
        }

        var url = await store.CreateDownloadUrlAsync(attachment.StorageKey, new AttachmentDownloadRequest(attachment.FileName, attachment.ContentType, DownloadLifetime), cancellationToken);
        return url.Url;
    }

    /// <summary>Removes uploads that expired without completion, with their blobs; returns how many.</summary>
    public async Task<int> SweepAbandonedUploadsAsync(CancellationToken cancellationToken)
    {
        var abandoned = await uploads.GetAbandonedAsync(clock.GetUtcNow(), 100, cancellationToken);
        foreach (var upload in abandoned)
        {
            await DiscardAsync(upload, cancellationToken);
        }

        return abandoned.Count;
    }

    private async Task<EntryAttachment> AttachStoredAsync(
        Entry entry, Guid attachmentId, string? fileName, StoredAttachment stored, AttachmentPolicy policy, string? expectedSha256, CancellationToken cancellationToken)
    {
        try
        {
            if (expectedSha256 is not null)
            {
                AttachmentPolicy.EnsureDigestMatches(expectedSha256, stored.Sha256);
            }

            SniffedContent sniffed;
            await using (var bytes = await store.OpenReadAsync(stored.Key, cancellationToken) ?? throw new InvalidOperationException("The stored attachment vanished."))
            {
                sniffed = ContentSniffer.Sniff(bytes);
            }

            var accepted = policy.Check(fileName, stored.Size, sniffed);
            var attachment = new EntryAttachment(attachmentId, accepted.FileName, accepted.ContentType, stored.Size, stored.Sha256, stored.Key, clock.GetUtcNow());
            (await grains.GetGrain<IEntryGrain>(entry.Id).AddAttachmentAsync(attachment, entry.SubmitterId)).Unwrap();
            return attachment;
        }
        catch (DomainException)
        {
            await store.DeleteAsync(stored.Key, cancellationToken);
            throw;
        }
    }

    private async Task<StoredAttachment> PutAsync(string key, Stream content, AttachmentPolicy policy, CancellationToken cancellationToken)
    {
        try
        {
            return await store.PutAsync(key, content, new AttachmentPutOptions(policy.MaxBytes), cancellationToken);
        }
        catch (DomainException)
        {
            await store.DeleteAsync(key, cancellationToken);
            throw;
        }
    }

    private async Task DiscardAsync(AttachmentUpload upload, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(upload.StorageKey, cancellationToken);
        await uploads.DeleteAsync(upload.Id, cancellationToken);
    }

    private async Task<(Entry Entry, AttachmentPolicy Policy)> GetOwnEntryAsync(Viewer viewer, Guid entryId, CancellationToken cancellationToken)
    {
        var userId = access.RequireUser(viewer);
        var entry = (await entries.GetVisibleAsync(viewer, [entryId], cancellationToken)).GetValueOrDefault(entryId)
            ?? throw new NotFoundException("Không tìm thấy hồ sơ.", "entryId");
        if (entry.SubmitterId != userId)
        {
            throw new ForbiddenException("Chỉ người nộp mới được đính kèm tệp cho hồ sơ này.");
        }

        var campaign = (await campaigns.GetVisibleAsync(viewer, [entry.CampaignId], cancellationToken))[entry.CampaignId];
        if (!entry.IsEditable(campaign, clock.GetUtcNow()))
        {
            throw new DomainException(ErrorCodes.WrongPhase, "Hồ sơ hiện không thể thay đổi tệp đính kèm.");
        }

        return (entry, new AttachmentPolicy(campaign.MaxAttachmentBytes, campaign.AllowedAttachmentTypes));
    }

    private static string KeyFor(Guid entryId, Guid attachmentId) => $"entries/{entryId:N}/{attachmentId:N}";
}
