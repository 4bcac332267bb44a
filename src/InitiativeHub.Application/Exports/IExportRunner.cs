using InitiativeHub.Domain.Exports;

namespace InitiativeHub.Application.Exports;

/// <summary>Writes a job's document: reads its data through the reader ports and streams the file into <c>output</c>.</summary>
public interface IExportRunner
{
    Task WriteAsync(ExportJob job, Stream output, Action<int> progress, CancellationToken cancellationToken);
}
