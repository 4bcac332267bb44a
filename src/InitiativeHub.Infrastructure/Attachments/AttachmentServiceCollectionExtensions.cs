using InitiativeHub.Application.Attachments;
using InitiativeHub.Infrastructure.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InitiativeHub.Infrastructure.Attachments;

/// <summary>The attachment-store switch in one place: the data folder by default, Azure Blob Storage by configuration.</summary>
public static class AttachmentServiceCollectionExtensions
{
    /// <summary>The connection string (<c>ConnectionStrings:Blobs</c>) used when the provider is AzureBlob.</summary>
    public const string BlobsConnectionStringName = "Blobs";

    /// <summary>
    /// Registers <see cref="IAttachmentStore"/> as chosen by <c>InitiativeHub:Attachments:Provider</c>:
    /// <c>FileSystem</c> (default; map <see cref="FileSystemAttachmentEndpoints.MapFileSystemAttachmentEndpoints"/>
    /// too) or <c>AzureBlob</c>. Also registers <see cref="AttachmentStoreHealthCheck"/>'s dependencies.
    /// </summary>
    public static IServiceCollection AddInitiativeHubAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(AttachmentStorageOptions.SectionName).Get<AttachmentStorageOptions>() ?? new AttachmentStorageOptions();
        services.TryAddSingleton(TimeProvider.System);
        switch (options.Provider)
        {
            case AttachmentStoreProvider.FileSystem:
                var hub = configuration.GetSection(InitiativeHubOptions.SectionName).Get<InitiativeHubOptions>() ?? new InitiativeHubOptions();
                services.AddSingleton(new FileSystemAttachmentStoreOptions
                {
                    RootPath = Path.Combine(hub.FullDataPath, "attachments"),
                    PublicBaseUrl = PublicBaseUrl.Resolve(configuration),
                });
                // Does not replace the host's own set-up (application name, keys kept in the data folder).
                services.AddDataProtection();
                services.AddSingleton<FileSystemAttachmentStore>();
                services.AddSingleton<IAttachmentStore>(provider => provider.GetRequiredService<FileSystemAttachmentStore>());
                break;
            case AttachmentStoreProvider.AzureBlob:
                var connectionString = configuration.GetConnectionString(BlobsConnectionStringName);
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"{AttachmentStorageOptions.SectionName}:Provider is AzureBlob but ConnectionStrings:{BlobsConnectionStringName} is not set.");
                }

                services.AddSingleton(new AzureBlobAttachmentStoreOptions { ConnectionString = connectionString, ContainerName = options.ContainerName });
                services.AddSingleton<AzureBlobAttachmentStore>();
                services.AddSingleton<IAttachmentStore>(provider => provider.GetRequiredService<AzureBlobAttachmentStore>());
                break;
            default:
                throw new InvalidOperationException($"Unknown attachment store provider '{options.Provider}'.");
        }

        return services;
    }
}
