using System.Security.Claims;
using InitiativeHub.Application.Access;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// <c>GET /exports/{jobId}/download</c>: the finished file of an export job, for the signed-in user (bearer token or
/// sign-in cookie) who may start that campaign's exports, checked on every request. The URL itself grants nothing.
/// </summary>
public static class ExportsHostingExtensions
{
    public static WebApplication MapInitiativeHubExports(this WebApplication app)
    {
        app.MapGet("/exports/{jobId:guid}/download", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid jobId, HttpContext context, ExportService exports, CancellationToken cancellationToken)
    {
        var id = context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var viewer = context.User.Identity?.IsAuthenticated == true && Guid.TryParse(id, out var userId) ? new Viewer(userId) : Viewer.Anonymous;
        try
        {
            var download = await exports.OpenDownloadAsync(viewer, jobId, cancellationToken);
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.File(download.Content, download.ContentType, download.FileName);
        }
        catch (DomainException rule)
        {
            var status = rule.Code switch
            {
                ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
                ErrorCodes.Forbidden => StatusCodes.Status403Forbidden,
                ErrorCodes.NotFound => StatusCodes.Status404NotFound,
                ExportErrorCodes.ExportNotReady => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return Results.Json(new { code = rule.Code, message = rule.Message }, statusCode: status);
        }
    }
}
