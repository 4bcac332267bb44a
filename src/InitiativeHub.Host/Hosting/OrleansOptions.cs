namespace InitiativeHub.Host.Hosting;

/// <summary>The <c>InitiativeHub:Orleans</c> section: cluster identity, ports and membership.</summary>
public sealed class OrleansOptions
{
    /// <summary>The membership provider for a cluster of hosts.</summary>
    public const string RedisClustering = "Redis";

    /// <summary>One process on its own (the default).</summary>
    public const string LocalhostClustering = "Localhost";

    /// <summary>The connection string (StackExchange.Redis syntax) read when <see cref="Clustering"/> is Redis.</summary>
    public const string RedisConnectionStringName = "Redis";

    public string ClusterId { get; set; } = "initiativehub";

    public string ServiceId { get; set; } = "initiativehub";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary><c>Localhost</c> (single machine, the default) or <c>Redis</c> (a cluster).</summary>
    public string Clustering { get; set; } = LocalhostClustering;

    /// <summary>
    /// The address other silos reach this one on (Redis clustering only): an IP address or a host name. Empty: the
    /// machine's own address as Orleans finds it. A loopback address makes a cluster of processes on one machine.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Whether this configuration asks for a Redis-backed cluster.</summary>
    public bool IsRedis => string.Equals(Clustering, RedisClustering, StringComparison.OrdinalIgnoreCase);
}
