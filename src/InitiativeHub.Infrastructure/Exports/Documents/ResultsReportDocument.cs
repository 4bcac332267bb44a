using System.Globalization;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Exports.OpenXml;

namespace InitiativeHub.Infrastructure.Exports.Documents;

/// <summary>
/// Báo cáo kết quả thực hiện in the Nghị định 30/2020 layout (header, "Số: …/BC-…", place and date, "BÁO CÁO" and
/// its subject, Kính gửi, sections I–V, signature and Nơi nhận; the consolidated report adds the per-organization
/// tables), and its XLSX annex: one row per organization, one column per figure, then the totals. Pure: data in, file out.
/// </summary>
public static class ResultsReportDocument
{
    public const string TotalsLabel = "Tổng cộng";
    public const string AnnexTitle = "PHỤ LỤC SỐ LIỆU KẾT QUẢ THỰC HIỆN";

    public static readonly IReadOnlyList<string> Sections =
        ["I. CÔNG TÁC CHỈ ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ", "IV. PHƯƠNG HƯỚNG", "V. KIẾN NGHỊ"];

    public static Task WriteDocxAsync(Stream output, ResultsReportData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var document = OfficialDocumentWriter.Create(output);
        document.WriteHeader(new OfficialHeader(
            data.Issuer.ParentAuthority, data.Issuer.Name, OfficialDate.DocumentNumber(null, data.Symbol), OfficialDate.PlaceAndDate(data.Issuer.Place, data.Date)));
        document.WriteTitle("BÁO CÁO", data.Subject);
        if (data.Addressee is { } addressee)
        {
            document.WriteCentered($"Kính gửi: {addressee}", bold: false);
        }

        WriteSection(document, Sections[0], data.Direction);
        WriteSection(document, Sections[1], data.Results);
        if (data.Consolidated && data.Rows.Count > 0)
        {
            WriteTables(document, data, progress, cancellationToken);
        }
        else
        {
            foreach (var _ in data.Rows)
            {
                progress.Row();
            }
        }

        WriteSection(document, Sections[2], data.Assessment);
        WriteSection(document, Sections[3], data.Outlook);
        WriteSection(document, Sections[4], data.Recommendations);
        document.WriteSignature(new SignatureBlock(data.Signer.Authority, data.Signer.Title, data.Signer.Name), data.Recipients);
        return Task.CompletedTask;
    }

    public static Task WriteXlsxAsync(Stream output, ResultsReportData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        using var book = XlsxStreamWriter.Create(output);
        book.BeginSheet("Phụ lục số liệu", [6, 40, 26, .. data.FigureColumns.Select(_ => 14.0)]);
        book.WriteRow([AnnexTitle], XlsxStreamWriter.TitleStyle);
        book.WriteRow(
            [$"(Kèm theo Báo cáo {OfficialDate.DocumentNumber(null, data.Symbol)[4..].Trim()} ngày {data.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {data.Issuer.Name})"],
            XlsxStreamWriter.PlainStyle);
        book.WriteRow(["STT", "Đơn vị", "Tình trạng báo cáo", .. data.FigureColumns.Select(XlsxCell.FromString)], XlsxStreamWriter.HeaderStyle);
        for (var i = 0; i < data.Rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = data.Rows[i];
            book.WriteRow([XlsxCell.Of(i + 1), row.OrganizationName, row.Status, .. row.Figures.Select(XlsxCell.Of)]);
            progress.Row();
        }

        book.WriteRow([null, TotalsLabel, null, .. data.Totals.Select(XlsxCell.Of)], XlsxStreamWriter.HeaderStyle);
        return Task.CompletedTask;
    }

    private static void WriteSection(OfficialDocumentWriter document, string heading, IReadOnlyList<string> paragraphs)
    {
        document.WriteParagraph(heading, bold: true);
        foreach (var paragraph in paragraphs)
        {
            document.WriteParagraph(paragraph);
        }
    }

    private static void WriteTables(OfficialDocumentWriter document, ResultsReportData data, ExportProgress progress, CancellationToken cancellationToken)
    {
        const int platform = ResultsReportComposer.PlatformFigureCount;
        document.WriteParagraph("Biểu 1. Kết quả ghi nhận trên hệ thống theo từng đơn vị", italic: true);
        document.BeginTable([
            new DocumentColumn("STT", 600, Centered: true),
            new DocumentColumn("Đơn vị", 2800),
            new DocumentColumn("Tình trạng báo cáo", 2000),
            .. data.FigureColumns.Take(platform).Select((c, i) => new DocumentColumn(c, i < platform - 1 ? 1300 : OfficialDocumentWriter.TextWidth - 600 - 2800 - 2000 - (1300 * (platform - 1)), Centered: true))]);
        for (var i = 0; i < data.Rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = data.Rows[i];
            document.WriteTableRow([Number(i + 1), row.OrganizationName, row.Status, .. row.Figures.Take(platform).Select(Number)]);
            progress.Row();
        }

        document.WriteTableRow([null, TotalsLabel, null, .. data.Totals.Take(platform).Select(Number)]);
        document.EndTable();

        var activityColumns = data.FigureColumns.Skip(platform).ToList();
        const int activityWidth = 1050;
        document.WriteParagraph("Biểu 2. Hoạt động tuyên truyền theo báo cáo của từng đơn vị", italic: true);
        document.BeginTable([
            new DocumentColumn("STT", 600, Centered: true),
            new DocumentColumn("Đơn vị", OfficialDocumentWriter.TextWidth - 600 - (activityWidth * activityColumns.Count)),
            .. activityColumns.Select(c => new DocumentColumn(c, activityWidth, Centered: true))]);
        for (var i = 0; i < data.Rows.Count; i++)
        {
            var row = data.Rows[i];
            document.WriteTableRow([Number(i + 1), row.OrganizationName, .. row.Figures.Skip(platform).Select(Number)]);
        }

        document.WriteTableRow([null, TotalsLabel, .. data.Totals.Skip(platform).Select(Number)]);
        document.EndTable();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
