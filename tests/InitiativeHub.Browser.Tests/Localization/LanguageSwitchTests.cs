using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Localization;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task LanguageSwitch_English_ShowsEnglishUntilSwitchedBack()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(LanguageSwitch_English_ShowsEnglishUntilSwitchedBack));
        var page = browser.Page;

        // Vietnamese by default, although the browser asks for English.
        await browser.GotoAsync("/dang-nhap");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập");

        // Switch to English: the same page comes back in English, and the choice sticks across pages.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/dang-nhap", browser.CurrentPath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(["Home", "Campaigns", "Showcase", "Verify a receipt"]);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(AccountSteps.NewEmail("english"));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("WrongPassword1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or password is incorrect.");
        await browser.ScreenshotAsync("english-sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "InitiativeHub" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Innovation movements");
        await browser.ScreenshotAsync("english-home");

        // And back to Vietnamese.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Phong trào đổi mới sáng tạo");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task LanguageSwitch_RedirectToAnotherSite_StaysOnThisSite()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(LanguageSwitch_RedirectToAnotherSite_StaysOnThisSite));

        await browser.GotoAsync("/culture?c=en&redirect=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(new Uri(fixture.BaseAddress, "/").ToString(), browser.Page.Url);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Innovation movements");
        browser.AssertNoBrowserErrors();
    }
}
