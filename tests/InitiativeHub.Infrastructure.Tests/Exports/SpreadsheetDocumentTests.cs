using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Infrastructure.Tests.Exports;

public sealed class SpreadsheetDocumentTests
{
    [Fact]
    public async Task Awardee_list_xlsx_has_the_title_columns_sections_and_every_row_as_text_not_formula()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteXlsxAsync(s, ExportSamples.AwardeeList(), ExportProgress.None, CancellationToken.None));

        var (name, rows, formulas, cells) = Assert.Single(OpenedDocuments.ReadWorkbook(bytes));
        Assert.Equal("Danh sách khen thưởng", name);
        Assert.Equal("DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG", rows[0][0]);
        Assert.StartsWith("(Kèm theo Quyết định số 05/QĐ-UBND", rows[1][0], StringComparison.Ordinal);
        Assert.Equal(AwardeeListDocument.Columns, rows[2]);
        Assert.Equal(["I. Cá nhân"], rows[3]);
        Assert.Equal(["1", "Nguyễn Thị Hường", "Giáo viên", "Trường THCS Đông Kinh", "Sáng kiến số hóa sổ điểm", "Giấy khen", "92.5"], rows[4]);
        Assert.Equal("=HYPERLINK(\"http://x\",\"bấm\")", rows[6][1]);
        Assert.Equal(["II. Tập thể"], rows[7]);
        Assert.Equal(["2", "Tổ công nghệ số cộng đồng khối 5"], rows[9].Take(2));
        Assert.Equal(10, rows.Count);
        Assert.Equal(0, formulas);
        Assert.All(cells.Where(c => c.CellValue is null), c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.True(rows.SelectMany(r => r).All(t => t.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public async Task Awardee_list_csv_has_a_bom_crlf_quoting_and_neutralized_formulas()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteCsvAsync(s, ExportSamples.AwardeeList(), ExportProgress.None, CancellationToken.None));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("Phần,STT,Họ và tên,Chức vụ,Đơn vị,Thành tích,Hình thức khen thưởng,Điểm", lines[0]);
        Assert.Equal("I. Cá nhân,1,Nguyễn Thị Hường,Giáo viên,Trường THCS Đông Kinh,Sáng kiến số hóa sổ điểm,Giấy khen,92.5", lines[1]);
        Assert.Equal("I. Cá nhân,3,\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",'+Trưởng nhóm,'@Tổ công nghệ số cộng đồng,'-Ứng dụng VNeID,Giấy khen,", lines[3]);
        Assert.Equal("II. Tập thể,1,Tổ dân phố 3,,Phường Đông Kinh,\"Phong trào \"\"Bình dân học vụ số\"\", hiệu quả\",Giấy khen,90", lines[4]);
        Assert.Equal(7, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public async Task Entries_xlsx_lists_every_entry_with_its_date_in_vietnamese_form()
    {
        var rows = Enumerable.Range(1, 25).Select(i => new EntryExportRow(
            $"SK-2026-{i:0000}", $"Sáng kiến số {i}", "Chuyển đổi số", "Sáng kiến", "Nguyễn Văn An (60%), Trần Thị Bình (40%)", "Phường Đông Kinh", "Đã nộp",
            new DateTimeOffset(2026, 4, 20, 18, 30, 0, TimeSpan.Zero))).ToList();
        var progress = new List<int>();
        var data = new EntriesExportData("Hưởng ứng Ngày 21/4", "UBND phường Đông Kinh", rows.Count, rows.ToAsyncEnumerable());

        var bytes = await OpenedDocuments.WriteAsync(s => EntriesWorkbook.WriteAsync(s, data, new ExportProgress(rows.Count, progress.Add), CancellationToken.None));

        var (_, sheet, formulas, _) = Assert.Single(OpenedDocuments.ReadWorkbook(bytes));
        Assert.Equal("DANH SÁCH HỒ SƠ - Hưởng ứng Ngày 21/4", sheet[0][0]);
        Assert.Equal(EntriesWorkbook.Columns, sheet[1]);
        Assert.Equal(27, sheet.Count);
        Assert.Equal(["25", "SK-2026-0025", "Sáng kiến số 25"], sheet[26].Take(3));
        // 18:30 UTC on 20/04 is 01:30 on 21/04 in Asia/Ho_Chi_Minh.
        Assert.Equal("21/04/2026", sheet[26][8]);
        Assert.Equal(0, formulas);
        Assert.Equal(99, progress[^1]);
        Assert.True(progress.SequenceEqual(progress.Order()));
    }

    [Fact]
    public async Task Score_sheets_xlsx_has_one_worksheet_per_judge_with_the_rubric_columns()
    {
        var data = new ScoreSheetsExportData(
            "Hưởng ứng Ngày 21/4",
            ["Tính mới", "Hiệu quả"],
            [
                new JudgeSheets("Lê Văn Minh", "Hội đồng sáng kiến", [new("SK-1", "Sổ điểm số", [40m, 45.5m], 85.5m, "Tốt", "Đã nộp"), new("SK-2", "Camera", [null, null], null, null, "Chưa chấm")]),
                new JudgeSheets("Trần Thị Lan", "Hội đồng sáng kiến", [new("SK-1", "Sổ điểm số", [35m, 40m], 75m, "=cmd|' /C calc'!A0", "Đã nộp")]),
                new JudgeSheets("Lê Văn Minh", "Tiểu ban 2", []),
            ]);

        var bytes = await OpenedDocuments.WriteAsync(s => ScoreSheetsWorkbook.WriteAsync(s, data, ExportProgress.None, CancellationToken.None));

        var sheets = OpenedDocuments.ReadWorkbook(bytes);
        Assert.Equal(["Lê Văn Minh", "Trần Thị Lan", "Lê Văn Minh (2)"], sheets.Select(s => s.Name));
        Assert.Equal(["STT", "Số biên nhận", "Tên sáng kiến", "Tính mới", "Hiệu quả", "Tổng điểm", "Nhận xét", "Trạng thái"], sheets[0].Rows[2]);
        Assert.Equal(["1", "SK-1", "Sổ điểm số", "40", "45.5", "85.5", "Tốt", "Đã nộp"], sheets[0].Rows[3]);
        Assert.Equal(5, sheets[0].Rows.Count);
        Assert.Equal("=cmd|' /C calc'!A0", sheets[1].Rows[3][6]);
        Assert.Equal(3, sheets[2].Rows.Count);
        Assert.All(sheets, s => Assert.Equal(0, s.FormulaCells));
    }
}
