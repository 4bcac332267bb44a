using InitiativeHub.Browser.Tests.Judging;
using InitiativeHub.Domain.Campaigns;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Campaigns;

[Collection(BrowserCollection.Name)]
public sealed class CampaignEditJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Organizer_ExtendsTheDeadlineOfAnOpenCampaign_PublicPageShowsTheNewDate(string screenName)
    {
        // Arrange: an open campaign of a ward, and its organizer signed in.
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Lê Lợi {tag}");
        var organizerEmail = AccountSteps.NewEmail("gia.han");
        var organizer = await seed.UserAsync(organizerEmail, "Phạm Thị Hương");
        await seed.GrantOrganizerAsync(organizer, ward);
        var title = $"Phong trào sáng kiến cải cách hành chính ({tag})";
        var campaign = await seed.OpenCampaignAsync(organizer, ward, title);
        var newDeadline = campaign.SubmissionClosesAt.AddDays(10);
        var newDate = JourneySteps.VietnamInput(newDeadline)[..10];

        await using var browser = await fixture.OpenAsync(screen, nameof(Organizer_ExtendsTheDeadlineOfAnOpenCampaign_PublicPageShowsTheNewDate));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, organizerEmail, AccountSteps.Password);

        // Act: from the manage page to the edit form, prefilled; the opening time is already past and read-only.
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sửa thông tin phong trào" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sửa phong trào");
        await Expect(page.Locator("#title")).ToHaveValueAsync(title);
        await Expect(page.Locator("#opens-at")).ToHaveAttributeAsync("readonly", string.Empty);
        await Expect(page.GetByText("Đã mở nhận hồ sơ nên không thể đổi thời điểm mở.")).ToBeVisibleAsync();
        await page.Locator("#closes-at").FillAsync(JourneySteps.VietnamInput(newDeadline));
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await browser.ScreenshotAsync("edit-campaign-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        // Assert: saved, and the public page shows the new deadline as dd/MM/yyyy.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi của phong trào.");
        await Expect(page.Locator(".facts")).ToContainTextAsync(newDate);
        await browser.ScreenshotAsync("campaign-updated");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai của phong trào" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(newDate);
        await browser.ScreenshotAsync("campaign-public-new-deadline");
        browser.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Organizer_EditsRubricAndTiersWhileOpen_RefusedOnceScoringStarted(string screenName)
    {
        // Arrange: an open campaign (TM 30, HQ 40, NR 30; Giải Nhất 1 from 85, Giấy khen 5 from 60) and its organizer.
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Tam Thanh {tag}");
        var organizerEmail = AccountSteps.NewEmail("to.chuc");
        var organizer = await seed.UserAsync(organizerEmail, "Phạm Thị Hương");
        await seed.GrantOrganizerAsync(organizer, ward);
        var title = $"Phong trào sáng kiến chuyển đổi số ({tag})";
        var campaign = await seed.OpenCampaignAsync(organizer, ward, title);

        await using var browser = await fixture.OpenAsync(screen, nameof(Organizer_EditsRubricAndTiersWhileOpen_RefusedOnceScoringStarted));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, organizerEmail, AccountSteps.Password);
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}/sua");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sửa phong trào");
        var hq = page.GetByRole(AriaRole.Group, new() { Name = "Tiêu chí HQ" });
        var firstPrize = page.GetByRole(AriaRole.Group, new() { Name = "Giải Nhất (Giải thưởng)" });
        await Expect(hq.GetByLabel("Tiêu chí", new() { Exact = true })).ToHaveValueAsync("Hiệu quả kinh tế - xã hội");
        await Expect(hq.GetByLabel("Điểm tối đa")).ToHaveValueAsync("40");
        await Expect(firstPrize.GetByLabel("Số lượng")).ToHaveValueAsync("1");
        await Expect(firstPrize.GetByLabel("Điểm tối thiểu")).ToHaveValueAsync("85");

        // A maximum that is not a number: refused beside the rubric, nothing saved.
        await hq.GetByLabel("Điểm tối đa").FillAsync("bốn mươi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(page.Locator("#criteria-error")).ToHaveTextAsync("Điểm tối đa và trọng số của tiêu chí 2 phải là số.");
        await Expect(hq.GetByLabel("Điểm tối đa")).ToHaveAttributeAsync("aria-invalid", "true");

        // Act: rename and reweigh HQ, give the first prize two places from 80 points.
        await hq.GetByLabel("Tiêu chí", new() { Exact = true }).FillAsync("Hiệu quả kinh tế và xã hội");
        await hq.GetByLabel("Điểm tối đa").FillAsync("50");
        await hq.GetByLabel("Trọng số").FillAsync("1,5");
        await firstPrize.GetByLabel("Số lượng").FillAsync("2");
        await firstPrize.GetByLabel("Điểm tối thiểu").FillAsync("80");
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("rubric-edited");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();

        // Assert: saved, and the public page shows the new rubric and tier.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu thay đổi của phong trào.");
        await browser.GotoAsync($"/phong-trao/{campaign.Id}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hiệu quả kinh tế và xã hội" }).Locator("td")).ToHaveTextAsync(["HQ", "Hiệu quả kinh tế và xã hội", "50", "1,5"]);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Giải Nhất" }).Locator("td")).ToHaveTextAsync(["Giải Nhất", "Giải thưởng", "2", "80"]);
        await browser.ScreenshotAsync("public-rubric");

        // Scoring starts while the organizer has the form open: the changed maximum is refused with the reason.
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}/sua");
        await hq.GetByLabel("Điểm tối đa").FillAsync("60");
        await new JudgingSeed(fixture).MoveToAsync(organizer, campaign, CampaignPhase.Screening, CampaignPhase.Judging);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await Expect(page.Locator("#criteria-error")).ToHaveTextAsync("Không thể thay đổi mục này: đã bắt đầu chấm điểm.");
        await Expect(page.Locator("#rubric-lock")).ToBeVisibleAsync();
        await Expect(hq.GetByLabel("Điểm tối đa")).ToHaveAttributeAsync("readonly", string.Empty);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("rubric-locked");
        await browser.GotoAsync($"/phong-trao/{campaign.Id}");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hiệu quả kinh tế và xã hội" }).Locator("td")).ToHaveTextAsync(["HQ", "Hiệu quả kinh tế và xã hội", "50", "1,5"]);
        browser.AssertNoBrowserErrors();
    }
}
