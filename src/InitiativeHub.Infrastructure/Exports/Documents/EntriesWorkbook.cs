using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>The campaign's entries as one worksheet: a title row, the header row, then one row per entry.</summary>
public static class EntriesWorkbook
{
    public static readonly IReadOnlyList<string> Columns =
        ["STT", "Số biên nhận", "Tên sáng kiến / mô hình", "Lĩnh vực", "Loại hồ sơ", "Tác giả", "Đơn vị", "Trạng thái", "Ngày nộp"];

    public static async Task WriteAsync(Stream output, EntriesExportData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var book = XlsxStreamWriter.Create(output);
        book.BeginSheet("Danh sách hồ sơ", [6, 18, 48, 22, 18, 32, 28, 18, 12]);
        book.WriteRow([$"DANH SÁCH HỒ SƠ - {data.CampaignTitle}"], XlsxStreamWriter.TitleStyle);
        book.WriteRow(Columns.Select(XlsxCell.FromString).ToList(), XlsxStreamWriter.HeaderStyle);
        var number = 0;
        await foreach (var row in data.Rows.WithCancellation(cancellationToken))
        {
            book.WriteRow([
                XlsxCell.Of(++number), row.ReceiptNumber, row.Title, row.Category, row.Kind, row.Authors, row.Unit, row.Status,
                row.SubmittedAt is { } at ? VietnamTime.FormatDate(at) : null]);
            progress.Row();
        }
    }
}
