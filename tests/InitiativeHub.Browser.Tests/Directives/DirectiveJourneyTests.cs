using System.Globalization;
using System.Text.RegularExpressions;
using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Directives;

/// <summary>
/// Seed 002 in the browser: the Sở issues its directive to a ward, the ward reports (the platform's own figures shown
/// read-only beside the activities it types), and the Sở sees the report on its dashboard and drills into a figure.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DirectiveJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Ward_SubmitsItsReport_SuperiorSeesItOnTheDashboard(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var province = await seed.OrganizationAsync($"UBND tỉnh Lạng Sơn {tag}", OrganizationKind.ProvincePeoplesCommittee);
        var department = await seed.OrganizationAsync($"Sở Khoa học và Công nghệ {tag}", OrganizationKind.Department, province);
        var wardName = $"UBND phường Đông Kinh {tag}";
        var ward = await seed.OrganizationAsync(wardName, OrganizationKind.CommunePeoplesCommittee, province);
        var sởEmail = AccountSteps.NewEmail("so.khcn");
        await seed.GrantOrganizerAsync(await seed.UserAsync(sởEmail, "Nguyễn Thị Hoa"), department);
        var wardEmail = AccountSteps.NewEmail("phuong.dong.kinh");
        var wardOrganizer = await seed.UserAsync(wardEmail, "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(wardOrganizer, ward);
        var campaign = await seed.OpenCampaignAsync(wardOrganizer, ward, $"Phong trào sáng kiến chuyển đổi số ({tag})");
        var citizen = await seed.UserAsync(AccountSteps.NewEmail("nguyen.van.an"), "Nguyễn Văn An");
        var entryTitle = "Tra cứu thủ tục hành chính qua Zalo OA";
        await seed.SubmittedEntryAsync(citizen, campaign, entryTitle, "Người dân tra cứu thủ tục qua Zalo OA của phường.", "Nguyễn Văn An");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);
        var title = $"V/v tuyên truyền hưởng ứng Ngày Sở hữu trí tuệ thế giới 26/4 ({tag})";

        // The Sở issues the directive from the form.
        await using var superior = await fixture.OpenAsync(screen, nameof(Ward_SubmitsItsReport_SuperiorSeesItOnTheDashboard) + "-so");
        await AccountSteps.SignInAsync(superior, sởEmail, AccountSteps.Password);
        await superior.GotoAsync("/chi-dao");
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Văn bản chỉ đạo và báo cáo");
        await superior.Page.GetByRole(AriaRole.Link, new() { Name = "Ban hành văn bản chỉ đạo" }).ClickAsync();
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ban hành văn bản chỉ đạo");
        await superior.Page.Locator("#code").FillAsync("1234/SKHCN-QLCN");
        await superior.Page.Locator("#title").FillAsync(title);
        await superior.Page.Locator("#legal-basis").FillAsync("Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ");
        await superior.Page.Locator("#requested-content").FillAsync("Tổng hợp kết quả tuyên truyền, gửi về Sở trước hạn.");
        await superior.Page.Locator("#period-start").FillAsync(Date(today.AddDays(-1)));
        await superior.Page.Locator("#period-end").FillAsync(Date(today.AddDays(1)));
        await superior.Page.Locator("#due-at").FillAsync(JourneySteps.VietnamInput(DateTimeOffset.UtcNow.AddDays(7)));
        await superior.Page.GetByLabel(wardName).CheckAsync();
        await JourneySteps.AssertAllFieldsLabelledAsync(superior.Page);
        await JourneySteps.AssertFitsTheScreenAsync(superior);
        await superior.ScreenshotAsync("issue-directive");
        await superior.Page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
        await Expect(superior.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ban hành văn bản chỉ đạo");
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();

        // The ward finds it, sees the platform's count read-only, types its activities and submits.
        await using var wardBrowser = await fixture.OpenAsync(screen, nameof(Ward_SubmitsItsReport_SuperiorSeesItOnTheDashboard) + "-phuong");
        await AccountSteps.SignInAsync(wardBrowser, wardEmail, AccountSteps.Password);
        await wardBrowser.GotoAsync("/chi-dao");
        await wardBrowser.Page.GetByRole(AriaRole.Link, new() { Name = $"Báo cáo của {wardName} (Chưa báo cáo)" }).ClickAsync();
        await Expect(wardBrowser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Báo cáo của {wardName}");
        var figures = wardBrowser.Page.Locator(".figures");
        await Expect(figures).ToContainTextAsync(new Regex(@"Hồ sơ đã nộp\s*1"));
        await Expect(figures.Locator("input")).ToHaveCountAsync(0);
        await wardBrowser.Page.GetByLabel("Băng rôn, khẩu hiệu").FillAsync("6");
        await wardBrowser.Page.GetByLabel("Tin, bài đã đăng").FillAsync("3");
        await wardBrowser.Page.Locator("#activity-articles-note").FillAsync("Cổng thông tin điện tử phường");
        await wardBrowser.Page.GetByLabel("Đánh giá, kiến nghị").FillAsync("Phường đã treo băng rôn tại trụ sở và các tổ dân phố.");
        await JourneySteps.AssertAllFieldsLabelledAsync(wardBrowser.Page);
        await JourneySteps.AssertFitsTheScreenAsync(wardBrowser);
        await wardBrowser.ScreenshotAsync("report-filled");
        await wardBrowser.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Expect(wardBrowser.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi báo cáo lên cấp trên.");
        await Expect(wardBrowser.Page.Locator(".badge")).ToHaveTextAsync("Đã báo cáo");
        await Expect(wardBrowser.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Băng rôn, khẩu hiệu" })).ToContainTextAsync("6");
        await wardBrowser.ScreenshotAsync("report-submitted");
        wardBrowser.AssertNoBrowserErrors();

        // The Sở's dashboard shows the report, the count, and the list behind it.
        await superior.Page.GetByRole(AriaRole.Link, new() { Name = "Theo dõi, tổng hợp báo cáo" }).First.ClickAsync();
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tổng hợp báo cáo");
        await Expect(superior.Page.Locator("#count-on-time")).ToHaveTextAsync("1");
        await Expect(superior.Page.Locator("#count-missing")).ToHaveTextAsync("0");
        var row = superior.Page.Locator("#recipients tbody tr").Filter(new() { HasText = wardName });
        await Expect(row).ToContainTextAsync("Đã báo cáo");
        await Expect(row).ToContainTextAsync("Băng rôn, khẩu hiệu: 6");
        await JourneySteps.AssertFitsTheScreenAsync(superior);
        await superior.ScreenshotAsync("dashboard");
        await row.Locator("td.numeric a").First.ClickAsync();
        await Expect(superior.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ đã nộp");
        await Expect(superior.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = entryTitle })).ToContainTextAsync(wardName);
        superior.AssertNoBrowserErrors();
    }

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
