namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>Where <see cref="FileSystemAttachmentStore"/> keeps files and how its URLs begin.</summary>
public sealed class FileSystemAttachmentStoreOptions
{
    /// <summary>The store's folder, normally <c>{DataPath}/attachments</c>.</summary>
    public required string RootPath { get; init; }

    /// <summary>
    /// The host as clients reach it (<c>InitiativeHub:PublicBaseUrl</c>, else the first <c>ASPNETCORE_URLS</c> entry),
    /// so URLs can be made outside any HTTP request, e.g. by a grain or a mail.
    /// </summary>
    public required Uri PublicBaseUrl { get; init; }

    /// <summary>The path the download and upload endpoints are mapped under.</summary>
    public string EndpointPath { get; init; } = "/files";
}
