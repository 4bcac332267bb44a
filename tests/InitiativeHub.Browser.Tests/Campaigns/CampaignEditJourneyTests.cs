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
}
