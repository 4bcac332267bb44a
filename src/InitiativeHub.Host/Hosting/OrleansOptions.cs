namespace InitiativeHub.Host.Hosting;

/// <summary>The <c>InitiativeHub:Orleans</c> section: cluster identity, ports and membership.</summary>
public sealed class OrleansOptions
{
    public string ClusterId { get; set; } = "initiativehub";

    public string ServiceId { get; set; } = "initiativehub";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary><c>Localhost</c> (single machine, the default) or <c>Redis</c> (a cluster).</summary>
    public string Clustering { get; set; } = "Localhost";
}
