using System.Text.RegularExpressions;
using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Domain.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Campaigns;

[Collection(BrowserCollection.Name)]
public sealed partial class OrganizerJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Organizer_CreatesOpensAndReturnsAnEntry_CitizenSeesTheNotice(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var wardName = $"UBND phường Ngô Quyền {tag}";
        var ward = await seed.WardAsync(wardName);
        var organizerEmail = AccountSteps.NewEmail("to.chuc");
        var organizer = await seed.UserAsync(organizerEmail, "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var citizenEmail = AccountSteps.NewEmail("nguyen.van.an");
        var citizen = await seed.UserAsync(citizenEmail, "Nguyễn Văn An");
        var neighbour = await seed.UserAsync(AccountSteps.NewEmail("le.thi.thu"), "Lê Thị Thu");
        var title = $"Cuộc thi sáng kiến chuyển đổi số cấp phường ({tag})";

        await using var browser = await fixture.OpenAsync(screen, nameof(Organizer_CreatesOpensAndReturnsAnEntry_CitizenSeesTheNotice));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, organizerEmail, AccountSteps.Password);

        // From the management list to the creation form.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Quản lý" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quản lý phong trào");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo phong trào" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tạo phong trào");

        await page.Locator("#organizer").SelectOptionAsync(new SelectOptionValue { Label = wardName });
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#code").FillAsync("12/KH-UBND");
        await page.Locator("#kind").SelectOptionAsync(new SelectOptionValue { Label = "Cuộc thi" });
        await page.Locator("#occasion").SelectOptionAsync(new SelectOptionValue { Label = "Ngày Sáng tạo và Đổi mới thế giới (21/4)" });
        await page.Locator("#themes").FillAsync("Chuyển đổi số\nChính quyền số");
        await page.Locator("#slogans").FillAsync("Mỗi người dân một sáng kiến");
        await page.Locator("#legal-basis").FillAsync("Kế hoạch số 12/KH-UBND ngày 02/4/2026 của UBND phường");
        await page.Locator("#opens-at").FillAsync(JourneySteps.VietnamInput(DateTimeOffset.UtcNow.AddHours(-1)));
        await page.Locator("#closes-at").FillAsync(JourneySteps.VietnamInput(DateTimeOffset.UtcNow.AddDays(20)));
        await page.Locator("#categories").FillAsync("Chuyển đổi số\nCải cách hành chính");
        await page.Locator("#criterion-0-code").FillAsync("TM");
        await page.Locator("#criterion-0-name").FillAsync("Tính mới, tính sáng tạo");
        await page.Locator("#criterion-0-max").FillAsync("40");
        await page.Locator("#criterion-1-code").FillAsync("HQ");
        await page.Locator("#criterion-1-name").FillAsync("Hiệu quả áp dụng");
        await page.Locator("#criterion-1-max").FillAsync("60");
        await page.Locator("#criterion-1-weight").FillAsync("1,5");

        // One more criterion row: the form comes back with everything typed so far and the new row focused.
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm tiêu chí" }).ClickAsync();
        await Expect(page.Locator("#criterion-3-code")).ToBeFocusedAsync();
        await Expect(page.Locator("#title")).ToHaveValueAsync(title);
        await Expect(page.Locator("#criterion-1-weight")).ToHaveValueAsync("1,5");
        await page.Locator("#criterion-3-code").FillAsync("NR");
        await page.Locator("#criterion-3-name").FillAsync("Khả năng nhân rộng");
        await page.Locator("#criterion-3-max").FillAsync("20");
        await page.Locator("#pass-threshold").FillAsync("50");
        await page.Locator("#aggregation").SelectOptionAsync(new SelectOptionValue { Label = "Trung vị" });
        await page.Locator("#disagreement").FillAsync("25");
        await page.Locator("#tie-break").FillAsync("HQ, TM");
        await page.Locator("#tier-0-name").FillAsync("Giải Nhất");
        await page.Locator("#tier-0-quota").FillAsync("1");
        await page.Locator("#tier-0-minimum").FillAsync("80");
        await page.Locator("#tier-1-name").FillAsync("Giấy khen");
        await page.Locator("#tier-1-form").SelectOptionAsync(new SelectOptionValue { Label = "Giấy khen" });
        await page.Locator("#tier-1-quota").FillAsync("5");
        await page.Locator("#max-size").FillAsync("5");
        await page.GetByLabel("Chấm ẩn danh: giám khảo không thấy tên tác giả và đơn vị").CheckAsync();
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("create-campaign-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo phong trào", Exact = true }).ClickAsync();

        // Created as a draft; open it with the button the current phase allows.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo phong trào");
        await Expect(page.Locator(".phase-actions button")).ToHaveTextAsync(["Mở nhận hồ sơ"]);
        await browser.ScreenshotAsync("campaign-created");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở nhận hồ sơ" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã chuyển phong trào sang giai đoạn “Đang nhận hồ sơ”.");
        await Expect(page.Locator(".phase-actions button")).ToHaveTextAsync(["Đóng nhận hồ sơ, chuyển sang sơ loại", "Trở về bản nháp"]);
        await browser.ScreenshotAsync("campaign-opened");
        var campaignId = Guid.Parse(CampaignAddress().Match(page.Url).Groups[1].Value);

        // What the organizer entered is what the public page shows (in Vietnam time, decimal comma).
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai của phong trào" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hiệu quả áp dụng" })).ToContainTextAsync("1,5");
        await Expect(page.Locator(".campaign__meta")).ToContainTextAsync("Cuộc thi");
        await Expect(page.GetByText("Mỗi người dân một sáng kiến")).ToBeVisibleAsync();
        await Expect(page.GetByText("5 MB")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("campaign-public");

        // Two citizens submit near-duplicates (set up through the use cases).
        Campaign campaign;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            campaign = (await scope.ServiceProvider.GetRequiredService<CampaignService>().GetVisibleAsync(new Viewer(organizer), [campaignId], CancellationToken.None))[campaignId];
        }

        var entryTitle = "Số hóa hồ sơ một cửa bằng mã QR";
        await seed.SubmittedEntryAsync(
            citizen, campaign, entryTitle, "Mỗi hồ sơ một cửa có mã QR để người dân tự tra cứu tiến độ.", "Nguyễn Văn An",
            confidential: "Khóa ký mã QR do bộ phận một cửa giữ.", attachment: ("to-trinh.pdf", JourneySteps.Pdf("To trinh")));
        await seed.SubmittedEntryAsync(neighbour, campaign, "Số hóa hồ sơ một cửa bằng mã QR cho tổ dân phố", "Tổ dân phố dùng mã QR để tra cứu hồ sơ một cửa.", "Lê Thị Thu");

        // The screening queue: each entry with its similar entries beside it, confidential parts and files.
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaignId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sơ loại hồ sơ (2 hồ sơ chờ)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sơ loại hồ sơ");
        var card = page.Locator(".queue__item").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = entryTitle, Exact = true }) });
        await Expect(card.Locator(".screening-card__similar")).ToContainTextAsync("Số hóa hồ sơ một cửa bằng mã QR cho tổ dân phố");
        await Expect(card.Locator(".confidential")).ToContainTextAsync("Khóa ký mã QR do bộ phận một cửa giữ.");
        var download = card.GetByRole(AriaRole.Link, new() { Name = "to-trinh.pdf" });
        await Expect(download).ToBeVisibleAsync();
        using (var client = fixture.CreateApiClient())
        using (var response = await client.GetAsync(new Uri((await download.GetAttributeAsync("href"))!)))
        {
            response.EnsureSuccessStatusCode();
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            Assert.StartsWith("%PDF-", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("screening-queue");

        // Return for supplement, with a reason and a due date in Vietnam time.
        var due = DateTimeOffset.UtcNow.AddDays(7);
        var dueText = JourneySteps.VietnamInput(due);
        await card.GetByText("Yêu cầu bổ sung", new() { Exact = true }).ClickAsync();
        await card.GetByLabel("Nội dung cần bổ sung").FillAsync("Bổ sung ảnh chụp mã QR và xác nhận của bộ phận một cửa.");
        await card.GetByLabel("Hạn bổ sung").FillAsync(dueText);
        await browser.ScreenshotAsync("return-filled");
        await card.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu bổ sung" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi yêu cầu bổ sung cho người nộp.");
        await Expect(page.Locator(".queue__item")).ToHaveCountAsync(1);
        await browser.ScreenshotAsync("returned");
        browser.AssertNoBrowserErrors();

        // The citizen sees the notice: reason and due date.
        await using var citizenBrowser = await fixture.OpenAsync(screen, nameof(Organizer_CreatesOpensAndReturnsAnEntry_CitizenSeesTheNotice) + "-citizen");
        await AccountSteps.SignInAsync(citizenBrowser, citizenEmail, AccountSteps.Password, "/dang-nhap?ReturnUrl=%2Fho-so-cua-toi");
        var mine = citizenBrowser.Page.Locator(".entry-card").Filter(new() { HasText = entryTitle });
        await Expect(mine.Locator(".badge")).ToHaveTextAsync("Yêu cầu bổ sung");
        await Expect(mine.GetByRole(AriaRole.Note)).ToContainTextAsync("Bổ sung ảnh chụp mã QR và xác nhận của bộ phận một cửa.");
        await Expect(mine.GetByRole(AriaRole.Note)).ToContainTextAsync($"Hạn bổ sung: {dueText}");
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "Bổ sung hồ sơ" })).ToBeVisibleAsync();
        await JourneySteps.AssertFitsTheScreenAsync(citizenBrowser);
        await citizenBrowser.ScreenshotAsync("citizen-notice");

        // The supplement form shows the same notice.
        await mine.GetByRole(AriaRole.Link, new() { Name = "Bổ sung hồ sơ" }).ClickAsync();
        await JourneySteps.WaitForEntryFormAsync(citizenBrowser.Page);
        await Expect(citizenBrowser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bổ sung hồ sơ");
        await Expect(citizenBrowser.Page.GetByRole(AriaRole.Note)).ToContainTextAsync("Bổ sung ảnh chụp mã QR");
        await citizenBrowser.ScreenshotAsync("citizen-supplement-form");
        citizenBrowser.AssertNoBrowserErrors();
    }

    [GeneratedRegex(@"/quan-ly/phong-trao/([0-9a-f-]{36})")]
    private static partial Regex CampaignAddress();
}
