using InitiativeHub.Application.Judging;
using InitiativeHub.Grains.Judging;
using Orleans.Serialization;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// The co-hosted Orleans silo. Ports and ClusterId come from configuration so two hosts on one machine never share
/// ports silently (Linux lets two silos bind the same default ports without an error).
/// </summary>
public static class OrleansHostingExtensions
{
    public static WebApplicationBuilder AddInitiativeHubOrleans(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("InitiativeHub:Orleans").Get<OrleansOptions>() ?? new OrleansOptions();
        builder.UseOrleans(silo =>
        {
            switch (options.Clustering.ToUpperInvariant())
            {
                case "LOCALHOST":
                    silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"InitiativeHub:Orleans:Clustering '{options.Clustering}' is not supported by this build; use Localhost.");
            }

            // Domain records (entry content, authors…) cross the grain boundary as JSON; the domain stays free of Orleans.
            silo.Services.AddSerializer(serializer => serializer.AddJsonSerializer(
                isSupported: type => type.Namespace?.StartsWith("InitiativeHub.Domain", StringComparison.Ordinal) == true));

            // Grains keep no durable state of their own: the relational database is the system of record.
            silo.AddMemoryGrainStorageAsDefault();
            silo.UseInMemoryReminderService();

            // Live ranking pushes: memory streams are delivered through queue grains, so they reach subscribers on
            // every silo of the cluster; the pub-sub table lives in memory like the grains' other transient state.
            silo.AddMemoryStreams(RankingStream.ProviderName);
            silo.AddMemoryGrainStorage("PubSubStore");
        });
        builder.Services.AddSingleton<IRankingFeed, OrleansRankingFeed>();
        return builder;
    }
}
