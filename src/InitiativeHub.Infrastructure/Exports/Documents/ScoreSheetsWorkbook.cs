using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>
/// Phiếu chấm: one worksheet per judge (named after the judge), a title row, the header (STT, Số biên nhận, Tên sáng
/// kiến, one column per criterion, Tổng điểm, Nhận xét, Trạng thái), then the judge's sheets.
/// </summary>
public static class ScoreSheetsWorkbook
{
    public static IReadOnlyList<string> Columns(IReadOnlyList<string> criteria) =>
        ["STT", "Số biên nhận", "Tên sáng kiến", .. criteria, "Tổng điểm", "Nhận xét", "Trạng thái"];

    public static Task WriteAsync(Stream output, ScoreSheetsExportData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var book = XlsxStreamWriter.Create(output);
        var columns = Columns(data.Criteria);
        foreach (var judge in data.Judges)
        {
            book.BeginSheet(judge.JudgeName, [6, 18, 44, .. data.Criteria.Select(_ => 12.0), 12, 40, 14]);
            book.WriteRow([$"PHIẾU CHẤM - {data.CampaignTitle}"], XlsxStreamWriter.TitleStyle);
            book.WriteRow([$"Giám khảo: {judge.JudgeName} - {judge.PanelName}"], XlsxStreamWriter.PlainStyle);
            book.WriteRow(columns.Select(XlsxCell.FromString).ToList(), XlsxStreamWriter.HeaderStyle);
            var number = 0;
            foreach (var row in judge.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                book.WriteRow([
                    XlsxCell.Of(++number), row.ReceiptNumber, row.Title, .. row.Scores.Select(XlsxCell.Of), XlsxCell.Of(row.Total), row.Comment, row.Status]);
                progress.Row();
            }
        }

        return Task.CompletedTask;
    }
}
