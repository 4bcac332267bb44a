using InitiativeHub.Domain.Attachments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>
/// The host's own download and upload URLs for <see cref="FileSystemAttachmentStore"/>: <c>GET /files/{token}</c>
/// serves the file as a download, <c>PUT /files/{token}</c> streams a body into the store. The token is the only
/// credential (like a SAS URL): anonymous, no antiforgery, no cookies needed.
/// </summary>
public static class FileSystemAttachmentEndpoints
{
    /// <summary>Maps the endpoints when the file-system store is the configured one; does nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapFileSystemAttachmentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var store = endpoints.ServiceProvider.GetService<FileSystemAttachmentStore>();
        if (store is null)
        {
            return endpoints;
        }

        var files = endpoints.MapGroup(store.EndpointPath)
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
        files.MapGet("/{token}", (string token, HttpContext context, CancellationToken cancellationToken) =>
            DownloadAsync(store, token, context, cancellationToken));
        files.MapPut("/{token}", (string token, HttpContext context, CancellationToken cancellationToken) =>
            UploadAsync(store, token, context, cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(FileSystemAttachmentStore store, string token, HttpContext context, CancellationToken cancellationToken)
    {
        var grant = store.ReadToken(token, FileSystemAttachmentToken.ReadPurpose);
        if (grant is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var stream = await store.OpenReadAsync(grant.Key, cancellationToken);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ContentDisposition = ContentDispositionHeader.Attachment(grant.FileName);
        // The type is the sniffed one: browsers must not guess another, nor run anything from the response.
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, no-store";
        return Results.File(stream, grant.ContentType ?? AttachmentContentType.OctetStream, enableRangeProcessing: true);
    }

    private static async Task<IResult> UploadAsync(FileSystemAttachmentStore store, string token, HttpContext context, CancellationToken cancellationToken)
    {
        var grant = store.ReadToken(token, FileSystemAttachmentToken.WritePurpose);
        if (grant is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Refused before a byte is read when the declared length already says too much.
        if (context.Request.ContentLength > grant.MaxBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The grant's limit replaces the server-wide default (30 MB in Kestrel); the store enforces it exactly.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = grant.MaxBytes + 1;
        }

        try
        {
            var stored = await store.WriteAsync(grant.Key, context.Request.Body, grant.MaxBytes, contentType: null, overwrite: false, cancellationToken);
            if (stored is null)
            {
                return Results.Conflict();
            }

            // RFC 9530: the digest of what was stored, for a client that wants to check before completing.
            context.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(stored.Sha256))}:";
            return Results.StatusCode(StatusCodes.Status201Created);
        }
        catch (AttachmentRejectedException exception) when (exception.Code == AttachmentErrorCodes.FileTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
