using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>Picks the document for a job's kind and format, reads its data and writes it.</summary>
public sealed class ExportRunner(ICampaignRepository campaigns, IExportDataReader data, ICommendationExportReader commendation, IResultsReportReader results)
    : IExportRunner
{
    public async Task WriteAsync(ExportJob job, Stream output, Action<int> progress, CancellationToken cancellationToken)
    {
        if (job.Kind == ExportKind.ResultsReport)
        {
            var directiveId = job.DirectiveId ?? throw NotAvailable();
            var report = await results.ReadAsync(directiveId, job.OrganizationId, cancellationToken)
                ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
            var reportProgress = new ExportProgress(report.Rows.Count, progress);
            await (job.Format == ExportFormat.Xlsx
                ? ResultsReportDocument.WriteXlsxAsync(output, report, reportProgress, cancellationToken)
                : ResultsReportDocument.WriteDocxAsync(output, report, reportProgress, cancellationToken));
            await output.FlushAsync(cancellationToken);
            return;
        }

        var campaignId = job.CampaignId ?? throw NotAvailable();
        var campaign = await campaigns.GetAsync(campaignId, cancellationToken) ?? throw new NotFoundException("Không tìm thấy phong trào.", "campaignId");
        switch (job.Kind, job.Format)
        {
            case (ExportKind.Entries, ExportFormat.Xlsx):
                var entries = await data.ReadEntriesAsync(campaign, cancellationToken);
                await EntriesWorkbook.WriteAsync(output, entries, new ExportProgress(entries.TotalRows, progress), cancellationToken);
                break;
            case (ExportKind.ScoreSheets, ExportFormat.Xlsx):
                var sheets = await data.ReadScoreSheetsAsync(campaign, cancellationToken);
                await ScoreSheetsWorkbook.WriteAsync(output, sheets, new ExportProgress(sheets.Judges.Sum(j => j.Rows.Count), progress), cancellationToken);
                break;
            case (ExportKind.AwardeeList, var format):
                var list = await commendation.ReadAwardeeListAsync(campaign, cancellationToken) ?? throw NotAvailable();
                var listProgress = new ExportProgress(list.TotalRows, progress);
                await (format switch
                {
                    ExportFormat.Xlsx => AwardeeListDocument.WriteXlsxAsync(output, list, listProgress, cancellationToken),
                    ExportFormat.Csv => AwardeeListDocument.WriteCsvAsync(output, list, listProgress, cancellationToken),
                    _ => AwardeeListDocument.WriteDocxAsync(output, list, listProgress, cancellationToken),
                });
                break;
            case (ExportKind.DecisionDraft, ExportFormat.Docx):
                var decision = await commendation.ReadDecisionDraftAsync(campaign, cancellationToken) ?? throw NotAvailable();
                await DecisionDraftDocument.WriteAsync(output, decision, new ExportProgress(decision.Annex.TotalRows, progress), cancellationToken);
                break;
            case (ExportKind.CouncilMinutes, ExportFormat.Docx):
                var minutes = await commendation.ReadCouncilMinutesAsync(campaign, cancellationToken) ?? throw NotAvailable();
                await CouncilMinutesDocument.WriteAsync(output, minutes, new ExportProgress(minutes.Results.Count, progress), cancellationToken);
                break;
            default:
                ExportCatalog.EnsureSupported(job.Kind, job.Format);
                throw NotAvailable();
        }

        await output.FlushAsync(cancellationToken);
    }

    private static DomainException NotAvailable() =>
        new(ExportErrorCodes.ExportDataNotAvailable, "Chưa có dữ liệu để lập tài liệu này.");
}
