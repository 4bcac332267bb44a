using InitiativeHub.Domain.Attachments;

namespace InitiativeHub.Application.Attachments;

/// <summary>
/// Where attachment bytes live: the data folder on a single machine, Azure Blob Storage when scaled out. Keys are
/// chosen by the application and checked by <see cref="AttachmentKey"/>; names and types shown to users are not
/// part of the key. Every method streams: no implementation holds a whole file in memory.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>
    /// Streams <paramref name="content"/> under <paramref name="key"/> (replacing what was there) while computing its
    /// size and SHA-256. Past <see cref="AttachmentPutOptions.MaxBytes"/> it stops reading, keeps nothing and throws
    /// <see cref="AttachmentRejectedException"/> with <see cref="AttachmentErrorCodes.FileTooLarge"/>. The new bytes
    /// become visible all at once or not at all.
    /// </summary>
    Task<StoredAttachment> PutAsync(string key, Stream content, AttachmentPutOptions options, CancellationToken cancellationToken);

    /// <summary>A readable, seekable stream over the stored bytes, or null when the key holds nothing.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Size, SHA-256 when known, content type when one was recorded, creation time; null when missing.</summary>
    Task<AttachmentInfo?> GetInfoAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// The size and SHA-256 of what the key holds: as recorded by <see cref="PutAsync"/>, or computed now by streaming
    /// the bytes (after a client uploaded them to an upload URL) and recorded. Null when missing.
    /// </summary>
    Task<StoredAttachment?> DigestAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the bytes; false when there was nothing to delete.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// The keys starting with <paramref name="prefix"/> (plain string prefix, e.g. <c>uploads/</c>) with size and
    /// creation time, so a sweeper can delete uploads that were never completed.
    /// </summary>
    IAsyncEnumerable<AttachmentListing> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived absolute URL anyone holding it may GET the bytes from, served with
    /// <c>Content-Disposition: attachment</c> and the RFC 6266 encoded file name, and the given content type.
    /// </summary>
    Task<AttachmentDownloadUrl> CreateDownloadUrlAsync(string key, AttachmentDownloadRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived absolute URL that accepts one HTTP PUT of the bytes for this key and nothing else (no read,
    /// no overwrite of bytes already there). Verify with <see cref="DigestAsync"/> afterwards: the size limit is
    /// enforced while writing where the store can (the file system), otherwise only then.
    /// </summary>
    Task<AttachmentUploadUrl> CreateUploadUrlAsync(string key, AttachmentUploadRequest request, CancellationToken cancellationToken);

    /// <summary>Whether the store can be written and read now (for <c>/health/ready</c>).</summary>
    Task<AttachmentStoreReadiness> CheckReadinessAsync(CancellationToken cancellationToken);
}
