using Orleans.Concurrency;

namespace InitiativeHub.Application.Exports;

/// <summary>Receives an export job's changes (status, progress) from its grain.</summary>
public interface IExportJobObserver : IGrainObserver
{
    [OneWay]
    Task OnChangedAsync(ExportJobSnapshot job);
}
