using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InitiativeHub.Application.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Infrastructure.Tests.Exports;

public sealed class WordDocumentTests
{
    [Fact]
    public async Task Decision_draft_follows_the_decree_30_layout()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => DecisionDraftDocument.WriteAsync(s, ExportSamples.Decision(), ExportProgress.None, CancellationToken.None));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

        // A4 portrait, margins 20/20/30/15 mm, page numbers from page 2.
        var section = body.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.Contains("PAGE", document.MainDocumentPart.HeaderParts.Single().Header.InnerText, StringComparison.Ordinal);

        // Times New Roman 14 pt by default.
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);

        // The two-column header.
        var header = body.Elements<Table>().First();
        var cells = header.Descendants<TableCell>().Select(c => c.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList()).ToList();
        Assert.Equal(["UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH"], cells[0]);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], cells[1]);
        Assert.Equal(["Số: 05/QĐ-UBND"], cells[2]);
        Assert.Equal(["Lạng Sơn, ngày 05 tháng 01 năm 2026"], cells[3]);
        Assert.True(Run(header, "Lạng Sơn, ngày").RunProperties!.Italic is not null);
        Assert.True(Run(header, "CỘNG HÒA").RunProperties!.Bold is not null);
        Assert.True(Run(header, "UBND TỈNH").RunProperties!.Bold is null);

        // Title, authority, bases (italic, ";" then "." last), articles, "./." at the end of the last one.
        Assert.Contains("QUYẾT ĐỊNH", paragraphs);
        Assert.Contains("Về việc khen thưởng các cá nhân, tập thể có sáng kiến", paragraphs);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH", paragraphs);
        Assert.Contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", paragraphs);
        Assert.Contains("Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường.", paragraphs);
        Assert.True(Run(body, "Căn cứ Luật Thi đua").RunProperties!.Italic is not null);
        Assert.Contains("QUYẾT ĐỊNH:", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Điều 1. Tặng Giấy khen", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Điều 3. ", StringComparison.Ordinal) && p.EndsWith("Quyết định này./.", StringComparison.Ordinal));

        // Signature and Nơi nhận.
        var closing = body.Elements<Table>().ElementAt(1);
        var closingText = closing.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal(["Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND phường;", "- Lưu: VT, VHXH.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Minh"], closingText);
        var recipientsHeading = Run(closing, "Nơi nhận:").RunProperties!;
        Assert.True(recipientsHeading.Bold is not null && recipientsHeading.Italic is not null);
        Assert.Equal("24", recipientsHeading.FontSize!.Val!.Value);

        // The attached list on its own page, sections and columns.
        Assert.Contains(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        Assert.Contains("DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG", paragraphs);
        var list = body.Elements<Table>().ElementAt(2);
        var rows = list.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng", "Điểm"], rows[0]);
        Assert.Equal(["I. Cá nhân"], rows[1]);
        Assert.Equal(["1", "Nguyễn Thị Hường", "Giáo viên", "Trường THCS Đông Kinh", "Sáng kiến số hóa sổ điểm", "Giấy khen", "92,5"], rows[2]);
        Assert.Equal(["II. Tập thể"], rows[5]);
        Assert.Equal("85,25", rows[7][6]);
        Assert.Equal(8, rows.Count);
        Assert.NotNull(list.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
    }

    [Fact]
    public async Task Awardee_list_docx_stands_alone_with_the_header_and_both_sections()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteDocxAsync(s, ExportSamples.AwardeeList(), ExportProgress.None, CancellationToken.None));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Lạng Sơn, ngày 05 tháng 01 năm 2026", text);
        Assert.Contains("I. Cá nhân", text);
        Assert.Contains("II. Tập thể", text);
        Assert.Contains("=HYPERLINK(\"http://x\",\"bấm\")", text);
        Assert.Equal(8, body.Elements<Table>().Last().Elements<TableRow>().Count());
    }

    [Fact]
    public async Task Awardee_list_without_collectives_has_no_empty_section()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => AwardeeListDocument.WriteDocxAsync(
            s, ExportSamples.AwardeeList(collectives: []), ExportProgress.None, CancellationToken.None));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("I. Cá nhân", text);
        Assert.DoesNotContain("II. Tập thể", text);
    }

    [Fact]
    public async Task Council_minutes_have_the_council_number_attendees_results_and_signatures()
    {
        var bytes = await OpenedDocuments.WriteAsync(s => CouncilMinutesDocument.WriteAsync(s, ExportSamples.Minutes(), ExportProgress.None, CancellationToken.None));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var text = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("HỘI ĐỒNG SÁNG KIẾN PHƯỜNG ĐÔNG KINH", text);
        Assert.Contains("Số: 03/BB-HĐSK", text);
        Assert.Contains("Lạng Sơn, ngày 28 tháng 4 năm 2026", text);
        Assert.Contains("BIÊN BẢN", text);
        Assert.Contains("- Lê Văn Minh, Phó Chủ tịch UBND phường - Chủ tịch Hội đồng;", text);
        var results = body.Elements<Table>().ElementAt(1).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(CouncilMinutesDocument.ResultColumns, results[0]);
        Assert.Equal(["2", "Camera an ninh", "Hoàng Văn Đức", "61", "2/5", "Không công nhận"], results[2]);
        Assert.Contains("TM. HỘI ĐỒNG", text);
        Assert.Contains("THƯ KÝ", text);
    }

    private static Run Run(DocumentFormat.OpenXml.OpenXmlElement scope, string startsWith) =>
        scope.Descendants<Run>().First(r => r.InnerText.StartsWith(startsWith, StringComparison.Ordinal));
}
