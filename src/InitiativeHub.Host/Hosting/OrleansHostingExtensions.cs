using System.Net;
using InitiativeHub.Application.Judging;
using InitiativeHub.Grains.Background;
using InitiativeHub.Grains.Judging;
using Orleans.Configuration;
using Orleans.Serialization;
using StackExchange.Redis;

namespace InitiativeHub.Host.Hosting;

/// <summary>
/// The co-hosted Orleans silo. Ports and ClusterId come from configuration so two hosts on one machine never share
/// ports silently (Linux lets two silos bind the same default ports without an error). With Redis clustering every
/// host process is one silo of a cluster whose membership, reminders and stream subscriptions live in Redis.
/// </summary>
public static class OrleansHostingExtensions
{
    /// <summary>The grain storage Orleans streams keep their subscriptions (pub-sub rendezvous) in.</summary>
    public const string PubSubStoreName = "PubSubStore";

    public static WebApplicationBuilder AddInitiativeHubOrleans(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        var redis = options.IsRedis ? RedisConfiguration(builder.Configuration) : null;
        builder.UseOrleans(silo =>
        {
            if (redis is null)
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            }
            else
            {
                UseRedisCluster(silo, options, redis);
            }

            // Domain records (entry content, authors…) cross the grain boundary as JSON; the domain stays free of Orleans.
            silo.Services.AddSerializer(serializer => serializer.AddJsonSerializer(
                isSupported: type => type.Namespace?.StartsWith("InitiativeHub.Domain", StringComparison.Ordinal) == true));

            // Grains keep no durable state of their own: the relational database is the system of record.
            silo.AddMemoryGrainStorageAsDefault();
            if (redis is null)
            {
                silo.UseInMemoryReminderService();
                silo.AddMemoryGrainStorage(PubSubStoreName);
            }

            // Live ranking pushes: memory streams are delivered through queue grains, so they reach subscribers on
            // every silo of the cluster. The subscriptions (pub-sub store) are in memory on one machine and in Redis
            // in a cluster (see UseRedisCluster), so they outlive the silo that happened to hold them.
            silo.AddMemoryStreams(RankingStream.ProviderName);
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SiloStartupMark>();
        });
        builder.Services.AddSingleton<IRankingFeed, OrleansRankingFeed>();

        // The outbox and the sweepers run in one grain each, so once per cluster; every host keeps them alive.
        builder.Services.AddHostedService<RecurringWorkKeeper>();
        return builder;
    }

    /// <summary>The <c>InitiativeHub:Orleans</c> section, refused at start-up when it names an unknown membership.</summary>
    public static OrleansOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection("InitiativeHub:Orleans").Get<OrleansOptions>() ?? new OrleansOptions();
        if (!options.IsRedis && !string.Equals(options.Clustering, OrleansOptions.LocalhostClustering, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"InitiativeHub:Orleans:Clustering '{options.Clustering}' is not supported; use Localhost (one process) or Redis (a cluster).");
        }

        return options;
    }

    /// <summary>The Redis connection of a cluster (<c>ConnectionStrings:Redis</c>); refused at start-up when missing.</summary>
    public static ConfigurationOptions RedisConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(OrleansOptions.RedisConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "InitiativeHub:Orleans:Clustering is Redis but ConnectionStrings:Redis is not set (e.g. ConnectionStrings__Redis=127.0.0.1:6379).");
        }

        var redis = ConfigurationOptions.Parse(connectionString);
        // A host that starts before Redis keeps trying instead of failing its start-up once.
        redis.AbortOnConnectFail = false;
        return redis;
    }

    private static void UseRedisCluster(ISiloBuilder silo, OrleansOptions options, ConfigurationOptions redis)
    {
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (string.IsNullOrWhiteSpace(options.AdvertisedAddress))
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            var address = IPAddress.TryParse(options.AdvertisedAddress, out var parsed)
                ? parsed
                : Dns.GetHostAddresses(options.AdvertisedAddress).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
            // On loopback every silo of the cluster is on this machine; otherwise (a container) listen on all addresses.
            silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }

        silo.UseRedisClustering(membership => membership.ConfigurationOptions = redis.Clone());

        // Reminders fire on whichever silo owns the grain now, so they outlive the host that registered them.
        silo.UseRedisReminderService(reminders => reminders.ConfigurationOptions = redis.Clone());

        // Stream subscriptions must outlive the silo that happened to host the pub-sub grain: in memory they would
        // vanish with it, and subscribers on the surviving hosts would silently stop hearing anything.
        silo.AddRedisGrainStorage(PubSubStoreName, storage => storage.ConfigurationOptions = redis.Clone());
    }
}
