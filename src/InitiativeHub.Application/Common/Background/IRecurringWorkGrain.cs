using Orleans.Concurrency;

namespace InitiativeHub.Application.Common.Background;

/// <summary>
/// Runs the <see cref="IRecurringWork"/> of its name (the grain key) on a timer while it is active. Orleans keeps one
/// activation per key in the cluster, so the work runs on one host at a time; every host calls
/// <see cref="EnsureRunningAsync"/> now and then, which brings it back on a surviving host after its host died.
/// </summary>
public interface IRecurringWorkGrain : IGrainWithStringKey
{
    /// <summary>Activates the grain (and so its timer) if it is not active; answers at once, even during a round.</summary>
    [AlwaysInterleave]
    Task EnsureRunningAsync();
}
