using InitiativeHub.Domain.Campaigns;

namespace InitiativeHub.Application.Exports;

/// <summary>Reads what the campaign's lists are made of today: its entries and its judges' score sheets.</summary>
public interface IExportDataReader
{
    Task<EntriesExportData> ReadEntriesAsync(Campaign campaign, CancellationToken cancellationToken);

    Task<ScoreSheetsExportData> ReadScoreSheetsAsync(Campaign campaign, CancellationToken cancellationToken);
}
