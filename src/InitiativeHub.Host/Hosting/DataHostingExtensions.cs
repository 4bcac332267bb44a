using InitiativeHub.Application;
using InitiativeHub.Infrastructure.Attachments;
using InitiativeHub.Infrastructure.Configuration;
using InitiativeHub.Infrastructure.Data;

namespace InitiativeHub.Host.Hosting;

/// <summary>The data folder, the database (provider switch), the use cases.</summary>
public static class DataHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<InitiativeHubOptions>().BindConfiguration(InitiativeHubOptions.SectionName);
        var options = builder.Configuration.GetSection(InitiativeHubOptions.SectionName).Get<InitiativeHubOptions>() ?? new InitiativeHubOptions();
        Directory.CreateDirectory(options.FullDataPath);
        builder.Services.AddInitiativeHubData(builder.Configuration);
        builder.Services.AddInitiativeHubAttachments(builder.Configuration);
        builder.Services.AddInitiativeHubApplication();
        return builder;
    }

    /// <summary>The file-system store serves its own signed upload and download URLs.</summary>
    public static WebApplication MapInitiativeHubAttachments(this WebApplication app)
    {
        if (app.Services.GetService<FileSystemAttachmentStore>() is not null)
        {
            app.MapFileSystemAttachmentEndpoints();
        }

        return app;
    }
}
