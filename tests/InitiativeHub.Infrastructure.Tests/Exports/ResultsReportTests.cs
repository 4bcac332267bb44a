using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Exports;
using InitiativeHub.Infrastructure.Exports.Documents;

namespace InitiativeHub.Infrastructure.Tests.Exports;

/// <summary>
/// The results report's document model and files: seed 002 (Sở KH&amp;CN Lạng Sơn, report due 15/5/2026) with one ward
/// on time, one late and one that never reported.
/// </summary>
public sealed class ResultsReportTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 4, 17, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DueAt = new(2026, 5, 14, 17, 0, 0, TimeSpan.Zero);
    private readonly Organization _root = Organization.Create(Guid.NewGuid(), "Việt Nam", null, OrganizationKind.Other, null, IssuedAt);
    private readonly Organization _province;
    private readonly Organization _department;
    private readonly Organization _wardA;
    private readonly Organization _wardB;
    private readonly Organization _wardC;
    private readonly Directive _directive;

    public ResultsReportTests()
    {
        _province = Organization.Create(Guid.NewGuid(), "UBND tỉnh Lạng Sơn", null, OrganizationKind.ProvincePeoplesCommittee, _root, IssuedAt);
        _department = Organization.Create(Guid.NewGuid(), "Sở Khoa học và Công nghệ", null, OrganizationKind.Department, _province, IssuedAt);
        _wardA = Organization.Create(Guid.NewGuid(), "UBND phường Đông Kinh", null, OrganizationKind.CommunePeoplesCommittee, _province, IssuedAt);
        _wardB = Organization.Create(Guid.NewGuid(), "UBND phường Tam Thanh", null, OrganizationKind.CommunePeoplesCommittee, _province, IssuedAt);
        _wardC = Organization.Create(Guid.NewGuid(), "UBND phường Lương Văn Tri", null, OrganizationKind.CommunePeoplesCommittee, _province, IssuedAt);
        _directive = Directive.Issue(
            Guid.NewGuid(),
            new DirectiveDraft(
                "1234/SKHCN-QLCN&TĐC",
                "V/v phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) năm 2026",
                new DateOnly(2026, 4, 15),
                new DateOnly(2026, 4, 26),
                DueAt,
                null,
                null),
            _department,
            [_wardA, _wardB, _wardC],
            Guid.NewGuid(),
            IssuedAt);
    }

    [Fact]
    public void Consolidated_report_prints_the_aggregate_figures_per_ward_and_in_total()
    {
        var data = ResultsReportComposer.Compose(Source(_department, [_province, _root], "UBND tỉnh Lạng Sơn"));

        Assert.True(data.Consolidated);
        Assert.Equal(new IssuingBody("UBND tỉnh Lạng Sơn", "Sở Khoa học và Công nghệ", "Lạng Sơn"), data.Issuer);
        Assert.Equal("BC-SKHCN", data.Symbol);
        Assert.Equal("UBND tỉnh Lạng Sơn", data.Addressee);
        Assert.Equal(
            "Kết quả thực hiện Công văn số 1234/SKHCN-QLCN&TĐC ngày 17/04/2026 của Sở Khoa học và Công nghệ\nvề việc phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) năm 2026",
            data.Subject);
        Assert.Equal(["UBND phường Đông Kinh", "UBND phường Lương Văn Tri", "UBND phường Tam Thanh"], data.Rows.Select(r => r.OrganizationName));
        Assert.Equal([2, 0, 1, 6, 3, 0, 1, 150, 0], data.Rows[0].Figures);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0], data.Rows[1].Figures);
        Assert.Equal([1, 1, 0, 2, 0, 0, 0, 0, 0], data.Rows[2].Figures);
        Assert.Equal([4, 1, 1, 8, 3, 0, 1, 150, 0], data.Totals);
        Assert.Equal("Đúng hạn (14/05/2026)", data.Rows[0].Status);
        Assert.Equal("Chưa báo cáo", data.Rows[1].Status);
        Assert.StartsWith("Trễ hạn (", data.Rows[2].Status, StringComparison.Ordinal);
        Assert.Contains("- Số sáng kiến, mô hình đã nộp: 4;", data.Results);
        Assert.Contains("- Băng rôn, khẩu hiệu: 8;", data.Results);
        Assert.Contains("- Lượt người tham gia: 150.", data.Results);
        Assert.Contains(data.Results, r => r.StartsWith("3. Tình hình báo cáo: 3 đơn vị nhận văn bản; 1 đơn vị báo cáo đúng hạn, 1 đơn vị báo cáo trễ hạn, 1 đơn vị chưa báo cáo", StringComparison.Ordinal));
        Assert.StartsWith("Tính đến ngày 20/05/2026, 2/3 đơn vị đã gửi báo cáo (1 đúng hạn, 1 trễ hạn); 1 đơn vị chưa gửi báo cáo: UBND phường Lương Văn Tri.", data.Assessment[0], StringComparison.Ordinal);
        Assert.Contains("UBND phường Đông Kinh: Công tác tuyên truyền được triển khai kịp thời.", data.Assessment);
        Assert.Contains("UBND phường Đông Kinh: Đề nghị Sở cung cấp thêm tài liệu.", data.Recommendations);
        Assert.Contains("Đôn đốc UBND phường Lương Văn Tri gửi báo cáo kết quả thực hiện.", data.Outlook);
        Assert.Contains(data.Direction, d => d.StartsWith("- UBND phường Đông Kinh ban hành Kế hoạch số 45/KH-UBND", StringComparison.Ordinal)
            && d.Contains("phân công 1 nhiệm vụ cho 1 đơn vị (Công an phường Đông Kinh)", StringComparison.Ordinal));
        Assert.Equal(new Signer(null, "Giám đốc", null), data.Signer);
    }

    [Fact]
    public void A_wards_own_report_goes_to_the_issuer_with_its_own_row_and_text()
    {
        var aggregate = Aggregate();
        var own = aggregate with { Rows = [aggregate.Rows[0]], Figures = aggregate.Rows[0].Figures, Activities = aggregate.Rows[0].Activities };
        var data = ResultsReportComposer.Compose(new ResultsReportSource(own, _wardA, [_province, _root], "Sở Khoa học và Công nghệ", [], new DateOnly(2026, 5, 9)));

        Assert.False(data.Consolidated);
        Assert.Equal(new IssuingBody("UBND tỉnh Lạng Sơn", "UBND phường Đông Kinh", "Phường Đông Kinh"), data.Issuer);
        Assert.Equal("BC-UBND", data.Symbol);
        Assert.Equal("Sở Khoa học và Công nghệ", data.Addressee);
        Assert.StartsWith("Thực hiện Công văn số 1234/SKHCN-QLCN&TĐC ngày 17/04/2026 của Sở Khoa học và Công nghệ về việc", data.Direction[0], StringComparison.Ordinal);
        Assert.Equal("Đơn vị chưa ban hành kế hoạch thực hiện trên hệ thống.", data.Direction[1]);
        Assert.Equal([2, 0, 1, 6, 3, 0, 1, 150, 0], Assert.Single(data.Rows).Figures);
        Assert.Equal(["Phường đã treo băng rôn tại trụ sở.", "Công tác tuyên truyền được triển khai kịp thời."], data.Assessment);
        Assert.Equal(["Đề nghị Sở cung cấp thêm tài liệu."], data.Recommendations);
        Assert.Equal(["Không có."], data.Outlook);
        Assert.Equal(new Signer("TM. Ủy ban nhân dân", "Chủ tịch", null), data.Signer);
        Assert.Equal(["Như trên", "Lưu: VT"], data.Recipients);
    }

    [Fact]
    public async Task Docx_follows_the_decree_30_layout_with_sections_and_tables()
    {
        var data = ResultsReportComposer.Compose(Source(_department, [_province, _root], "UBND tỉnh Lạng Sơn"));
        var bytes = await OpenedDocuments.WriteAsync(s => ResultsReportDocument.WriteDocxAsync(s, data, ExportProgress.None, CancellationToken.None));

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        var header = body.Elements<Table>().First().Descendants<TableCell>().Select(c => string.Join('|', c.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0))).ToList();
        Assert.Equal(["UBND TỈNH LẠNG SƠN|SỞ KHOA HỌC VÀ CÔNG NGHỆ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do - Hạnh phúc", "Số:      /BC-SKHCN", "Lạng Sơn, ngày 20 tháng 5 năm 2026"], header);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kính gửi: UBND tỉnh Lạng Sơn", paragraphs);
        var sections = ResultsReportDocument.Sections.Select(s => paragraphs.IndexOf(s)).ToList();
        Assert.All(sections, i => Assert.True(i > 0));
        Assert.Equal(sections.Order(), sections);

        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal(["1", "UBND phường Đông Kinh", "Đúng hạn (14/05/2026)", "2", "0", "1"], tables[1][1]);
        Assert.Equal(["", "Tổng cộng", "", "4", "1", "1"], tables[1][^1]);
        Assert.Equal(["", "Tổng cộng", "8", "3", "0", "1", "150", "0"], tables[2][^1]);
        Assert.Contains("Nơi nhận:", tables[3].SelectMany(r => r).Single(c => c.StartsWith("Nơi nhận:", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "GIÁM ĐỐC");
    }

    [Fact]
    public async Task Xlsx_annex_has_one_row_per_organization_one_column_per_figure_and_the_totals()
    {
        var data = ResultsReportComposer.Compose(Source(_department, [_province, _root], "UBND tỉnh Lạng Sơn"));
        var bytes = await OpenedDocuments.WriteAsync(s => ResultsReportDocument.WriteXlsxAsync(s, data, ExportProgress.None, CancellationToken.None));

        var (name, rows, formulas, _) = Assert.Single(OpenedDocuments.ReadWorkbook(bytes));
        Assert.Equal("Phụ lục số liệu", name);
        Assert.Equal(0, formulas);
        Assert.Equal(ResultsReportDocument.AnnexTitle, rows[0][0]);
        Assert.Equal("(Kèm theo Báo cáo /BC-SKHCN ngày 20/05/2026 của Sở Khoa học và Công nghệ)", rows[1][0]);
        Assert.Equal(["STT", "Đơn vị", "Tình trạng báo cáo", .. ResultsReportComposer.FigureColumns], rows[2]);
        Assert.Equal(["1", "UBND phường Đông Kinh", "Đúng hạn (14/05/2026)", "2", "0", "1", "6", "3", "0", "1", "150", "0"], rows[3]);
        Assert.Equal(["2", "UBND phường Lương Văn Tri", "Chưa báo cáo", "1", "0", "0", "0", "0", "0", "0", "0", "0"], rows[4]);
        Assert.Equal(["", "Tổng cộng", "", "4", "1", "1", "8", "3", "0", "1", "150", "0"], rows[6]);
        Assert.Equal(7, rows.Count);
    }

    [Theory]
    [InlineData("UBND tỉnh Lạng Sơn", OrganizationKind.ProvincePeoplesCommittee, "Lạng Sơn")]
    [InlineData("Ủy ban nhân dân thành phố Hải Phòng", OrganizationKind.ProvincePeoplesCommittee, "Hải Phòng")]
    [InlineData("UBND phường Trần Hưng Đạo", OrganizationKind.CommunePeoplesCommittee, "Phường Trần Hưng Đạo")]
    [InlineData("Ủy ban nhân dân xã Hà Nam", OrganizationKind.CommunePeoplesCommittee, "Xã Hà Nam")]
    public void Place_is_the_area_of_the_nearest_peoples_committee(string name, OrganizationKind kind, string place)
    {
        var committee = Organization.Create(Guid.NewGuid(), name, null, kind, _root, IssuedAt);
        var school = Organization.Create(Guid.NewGuid(), "Trường THCS Đông Kinh", null, OrganizationKind.School, committee, IssuedAt);

        Assert.Equal(place, ResultsReportComposer.PlaceOf(committee, [_root]));
        Assert.Equal(place, ResultsReportComposer.PlaceOf(school, [committee, _root]));
    }

    private ResultsReportSource Source(Organization writer, IReadOnlyList<Organization> ancestors, string? addressee)
    {
        var plan = Plan.Create(
            Guid.NewGuid(),
            new PlanDraft("45/KH-UBND", "hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4)", ["Đổi mới sáng tạo - Hành động đột phá, lan tỏa kết quả"], null, new DateOnly(2026, 4, 18), new DateOnly(2026, 4, 26), null),
            _wardA,
            _directive,
            Guid.NewGuid(),
            IssuedAt.AddDays(1));
        var police = Organization.Create(Guid.NewGuid(), "Công an phường Đông Kinh", null, OrganizationKind.Police, _wardA, IssuedAt);
        var task = PlanTask.Assign(Guid.NewGuid(), plan, _wardA, police, new PlanTaskDraft(police.Id, "Treo băng rôn tại trụ sở", null, new DateOnly(2026, 4, 20)), IssuedAt.AddDays(1));
        return new ResultsReportSource(Aggregate(), writer, ancestors, addressee, [new ReportedPlan(plan, [task])], new DateOnly(2026, 5, 20));
    }

    private DirectiveAggregate Aggregate()
    {
        var reportA = UnitReport.Open(Guid.NewGuid(), _directive, _wardA, IssuedAt);
        reportA.Submit(
            [new ActivityCount(ActivityKinds.Banners, 6, null), new ActivityCount(ActivityKinds.Articles, 3, "Cổng thông tin điện tử phường"), new ActivityCount(ActivityKinds.Events, 1, null), new ActivityCount(ActivityKinds.Participants, 150, null)],
            "Phường đã treo băng rôn tại trụ sở.\nĐánh giá: Công tác tuyên truyền được triển khai kịp thời.\nKiến nghị: Đề nghị Sở cung cấp thêm tài liệu.",
            [],
            DueAt,
            Guid.NewGuid(),
            DueAt.AddDays(-1));
        var reportB = UnitReport.Open(Guid.NewGuid(), _directive, _wardB, IssuedAt);
        reportB.Submit([new ActivityCount(ActivityKinds.Banners, 2, null)], null, [], DueAt, Guid.NewGuid(), DueAt.AddDays(2));
        var reportC = UnitReport.Open(Guid.NewGuid(), _directive, _wardC, IssuedAt);
        var rowA = new DirectiveAggregateRow(_wardA.Id, _wardA.Name, [reportA], UnitReportStatus.Submitted, false, reportA.SubmittedAt, Figures(_wardA, 2, recognized: 0, awarded: 1), reportA.TotalActivities);
        var rowB = new DirectiveAggregateRow(_wardB.Id, _wardB.Name, [reportB], UnitReportStatus.Late, false, reportB.SubmittedAt, Figures(_wardB, 1, recognized: 1, awarded: 0), reportB.TotalActivities);
        var rowC = new DirectiveAggregateRow(_wardC.Id, _wardC.Name, [reportC], UnitReportStatus.NotStarted, true, null, Figures(_wardC, 1, recognized: 0, awarded: 0), []);
        IReadOnlyList<DirectiveAggregateRow> rows = [rowA, rowC, rowB];
        return new DirectiveAggregate(_directive, rows, new ReportFigures(rows.SelectMany(r => r.Figures.Items).ToList()), ActivityKinds.Sum(rows.Select(r => r.Activities)));
    }

    private static ReportFigures Figures(Organization ward, int submitted, int recognized, int awarded) =>
        new(Enumerable.Range(0, submitted).Select(i => new FigureItem(
            Guid.NewGuid(), $"Sáng kiến {i + 1} của {ward.Name}", EntryKind.Initiative, "Cải cách hành chính", ward.Id, ward.Name, "Phong trào 21/4",
            IssuedAt.AddDays(2), null, i < recognized, i < awarded)).ToList());
}
