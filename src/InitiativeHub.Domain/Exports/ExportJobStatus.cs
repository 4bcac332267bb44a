namespace InitiativeHub.Domain.Exports;

/// <summary>Where an export job stands; SUCCEEDED and FAILED are final.</summary>
public enum ExportJobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
