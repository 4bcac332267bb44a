using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Directives;

/// <summary>
/// Seed 002 and 000 in the browser: a ward answers the Sở's directive with its plan (45/KH-UBND) and gives a task to
/// one of its units; the Sở exports the results report from its dashboard, follows the progress and downloads a DOCX
/// that opens as the report.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanAndResultsReportTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Ward_CreatesAPlanWithATask_SuperiorExportsAndDownloadsTheResultsReport(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var province = await seed.OrganizationAsync($"UBND tỉnh Lạng Sơn {tag}", OrganizationKind.ProvincePeoplesCommittee);
        var department = await seed.OrganizationAsync($"Sở Khoa học và Công nghệ {tag}", OrganizationKind.Department, province);
        var wardName = $"UBND phường Đông Kinh {tag}";
        var ward = await seed.OrganizationAsync(wardName, OrganizationKind.CommunePeoplesCommittee, province);
        var unitName = $"Công an phường Đông Kinh {tag}";
        await seed.OrganizationAsync(unitName, OrganizationKind.Police, ward);
        var sởEmail = AccountSteps.NewEmail("so.khcn");
        var sở = await seed.UserAsync(sởEmail, "Nguyễn Thị Hoa");
        await seed.GrantOrganizerAsync(sở, department);
        var wardEmail = AccountSteps.NewEmail("phuong.dong.kinh");
        await seed.GrantOrganizerAsync(await seed.UserAsync(wardEmail, "Hoàng Văn Nam"), ward);
        var directiveId = await seed.DirectiveAsync(
            sở, department, [ward], "1234/SKHCN-QLCN&TĐC", $"V/v phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) ({tag})");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);

        // The ward answers with its plan and gives the unit a task.
        await using var wardBrowser = await fixture.OpenAsync(screen, nameof(Ward_CreatesAPlanWithATask_SuperiorExportsAndDownloadsTheResultsReport) + "-phuong");
        await AccountSteps.SignInAsync(wardBrowser, wardEmail, AccountSteps.Password);
        await wardBrowser.GotoAsync("/chi-dao");
        await wardBrowser.Page.GetByRole(AriaRole.Link, new() { Name = $"Lập kế hoạch của {wardName}" }).ClickAsync();
        await Expect(wardBrowser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Lập kế hoạch thực hiện");
        await Expect(wardBrowser.Page.Locator("#directive option:checked")).ToContainTextAsync("1234/SKHCN-QLCN&TĐC");
        await wardBrowser.Page.Locator("#number").FillAsync("45/KH-UBND");
        await wardBrowser.Page.Locator("#plan-title").FillAsync("Hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) năm 2026");
        await wardBrowser.Page.Locator("#themes").FillAsync("Đổi mới sáng tạo - Hành động đột phá, lan tỏa kết quả");
        await wardBrowser.Page.Locator("#slogans").FillAsync("Nhiệt liệt chào mừng Ngày Sáng tạo và Đổi mới sáng tạo thế giới - 21/4/2026");
        await wardBrowser.Page.Locator("#period-start").FillAsync(Date(today.AddDays(-1)));
        await wardBrowser.Page.Locator("#period-end").FillAsync(Date(today.AddDays(1)));
        await wardBrowser.Page.Locator("#task-1-assignee").SelectOptionAsync(new SelectOptionValue { Label = unitName });
        await wardBrowser.Page.Locator("#task-1-title").FillAsync("Treo băng rôn, khẩu hiệu tại trụ sở");
        await wardBrowser.Page.Locator("#task-1-due").FillAsync(Date(today.AddDays(1)));
        await JourneySteps.AssertAllFieldsLabelledAsync(wardBrowser.Page);
        await JourneySteps.AssertFitsTheScreenAsync(wardBrowser);
        await wardBrowser.ScreenshotAsync("plan-filled");
        await wardBrowser.Page.GetByRole(AriaRole.Button, new() { Name = "Ban hành kế hoạch" }).ClickAsync();
        await Expect(wardBrowser.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã ban hành kế hoạch và giao nhiệm vụ cho các đơn vị.");
        var task = wardBrowser.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Treo băng rôn, khẩu hiệu tại trụ sở" });
        await Expect(task).ToContainTextAsync(unitName);
        await Expect(wardBrowser.Page.Locator("dd").Filter(new() { HasText = "45/KH-UBND" })).ToBeVisibleAsync();
        await wardBrowser.ScreenshotAsync("plan-created");
        wardBrowser.AssertNoBrowserErrors();

        // The Sở exports the results report from its dashboard, sees the job end and downloads the document.
        await using var superior = await fixture.OpenAsync(screen, nameof(Ward_CreatesAPlanWithATask_SuperiorExportsAndDownloadsTheResultsReport) + "-so");
        await AccountSteps.SignInAsync(superior, sởEmail, AccountSteps.Password);
        await superior.GotoAsync($"/chi-dao/{directiveId}/tong-hop");
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tổng hợp báo cáo");
        var panel = superior.Page.Locator("#results-report[data-ready='true']");
        await Expect(panel).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Xuất tệp DOCX" }).ClickAsync();
        var link = panel.GetByRole(AriaRole.Link, new() { Name = "Tải về Báo cáo kết quả" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(panel.Locator(".export-job")).ToContainTextAsync("Đã xuất xong tệp DOCX.");
        await JourneySteps.AssertFitsTheScreenAsync(superior);
        await superior.ScreenshotAsync("results-report-ready");
        var download = await superior.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        using (var document = WordprocessingDocument.Open(path, false))
        {
            var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains("BÁO CÁO", paragraphs);
            Assert.Contains($"Kính gửi: UBND tỉnh Lạng Sơn {tag}", paragraphs);
            Assert.Contains(paragraphs, p => p.StartsWith($"- {wardName} ban hành Kế hoạch số 45/KH-UBND", StringComparison.Ordinal)
                && p.Contains($"phân công 1 nhiệm vụ cho 1 đơn vị ({unitName})", StringComparison.Ordinal));
        }

        superior.AssertNoBrowserErrors();
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
