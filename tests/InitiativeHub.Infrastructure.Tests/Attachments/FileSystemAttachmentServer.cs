using InitiativeHub.Infrastructure.Attachments;
using InitiativeHub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InitiativeHub.Infrastructure.Tests.Attachments;

/// <summary>
/// A minimal Kestrel app on 127.0.0.1 and a free port, registered and mapped exactly as the host does it
/// (<c>AddInitiativeHubAttachments</c> + <c>MapFileSystemAttachmentEndpoints</c>), over a temporary data folder.
/// </summary>
public sealed class FileSystemAttachmentServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string DataPath { get; } = Directory.CreateTempSubdirectory("initiativehub-attachments-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public FileSystemAttachmentStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // A free port can be taken again between choosing it and Kestrel binding it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            BaseAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}/");
            var app = Build();
            try
            {
                await app.StartAsync();
                _app = app;
                Store = app.Services.GetRequiredService<FileSystemAttachmentStore>();
                return;
            }
            catch (IOException) when (attempt < 3)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>A second store over the same folder and keys, with its own clock.</summary>
    public FileSystemAttachmentStore CreateStore(TimeProvider clock) => new(
        _app!.Services.GetRequiredService<FileSystemAttachmentStoreOptions>(),
        _app.Services.GetRequiredService<IDataProtectionProvider>(),
        clock);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(DataPath, recursive: true);
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(BaseAddress.ToString());
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["InitiativeHub:DataPath"] = DataPath,
            ["InitiativeHub:PublicBaseUrl"] = BaseAddress.ToString(),
        });
        builder.Services.AddDataProtection()
            .SetApplicationName("InitiativeHub.Tests")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataPath, "keys")));
        builder.Services.AddInitiativeHubAttachments(builder.Configuration);
        var app = builder.Build();
        app.MapFileSystemAttachmentEndpoints();
        return app;
    }
}
