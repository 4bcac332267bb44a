using Orleans.Concurrency;

using InitiativeHub.Application.Common.Results;

namespace InitiativeHub.Application.Exports;

/// <summary>
/// One activation per export job (keyed by the job id): it persists the job, writes the file in the background,
/// stores it, and pushes every change to its observers. The work does not depend on any client staying connected.
/// A job found unfinished when its grain activates was cut off by a stopped process and is failed as interrupted.
/// </summary>
public interface IExportJobGrain : IGrainWithGuidKey
{
    /// <summary>Queues the job and starts it; calling again for the same id returns the job as it stands.</summary>
    Task<CommandResult<ExportJobSnapshot>> StartAsync(StartExportCommand command);

    /// <summary>The job as it stands now (null when there is no such job).</summary>
    [AlwaysInterleave]
    Task<ExportJobSnapshot?> GetAsync();

    /// <summary>Sends every later change of the job to the observer until it unsubscribes or stops answering.</summary>
    [AlwaysInterleave]
    Task SubscribeAsync(IExportJobObserver observer);

    [AlwaysInterleave]
    Task UnsubscribeAsync(IExportJobObserver observer);
}
