using System.Globalization;
using System.Text;
using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Access;
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

    [Fact]
    public async Task LanguageSwitch_EveryLayoutString_SignedInWithEveryRole_TurnsEnglishAndBack()
    {
        // Someone who organizes, judges and decides at a ward sees every link the layout has.
        var seed = new Seed(fixture);
        var ward = await seed.WardAsync($"UBND phường Chi Lăng {JourneySteps.Tag()}");
        var email = AccountSteps.NewEmail("nhieu.vai.tro");
        var user = await seed.UserAsync(email, "Đỗ Thu Hằng");
        await seed.GrantOrganizerAsync(user, ward);
        await seed.GrantAsync(user, Role.Judge, ward);
        await seed.GrantAsync(user, Role.Leader, ward);
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(LanguageSwitch_EveryLayoutString_SignedInWithEveryRole_TurnsEnglishAndBack));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password);
        await browser.GotoAsync("/ho-so-cua-toi");
        var vietnamese = await LayoutStringsAsync(page);
        Assert.Equal(10, vietnamese.Count(text => text.StartsWith("nav:", StringComparison.Ordinal)));
        Assert.Contains("nav:Phê duyệt khen thưởng", vietnamese);
        Assert.Contains(vietnamese, text => text.StartsWith("footer:", StringComparison.Ordinal));

        // English: every string of the layout changes and has no Vietnamese letter left.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        Assert.Equal("/ho-so-cua-toi", browser.CurrentPath);
        var english = await LayoutStringsAsync(page);
        Assert.Equal(vietnamese.Count, english.Count);
        var untranslated = vietnamese.Zip(english)
            .Where(pair => pair.First == pair.Second || HasVietnameseLetters(pair.Second))
            .Select(pair => $"{pair.First} → {pair.Second}")
            .ToList();
        Assert.True(untranslated.Count == 0, "Layout strings not in English: " + string.Join("; ", untranslated));
        await browser.ScreenshotAsync("english-layout");

        // And back: the very same Vietnamese strings.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tiếng Việt" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        Assert.Equal(vietnamese, await LayoutStringsAsync(page));
        browser.AssertNoBrowserErrors();
    }

    /// <summary>
    /// The layout's own words, each tagged with where it stands: skip link, tagline, navigation links, the labels of
    /// the navigation, language and account groups, the "signed in as" prefix, sign-out, footer and the page heading.
    /// The product's name and the language names are the same in every language and are left out.
    /// </summary>
    private static async Task<List<string>> LayoutStringsAsync(IPage page) => [.. await page.EvaluateAsync<string[]>(
        """
        () => {
          const text = (tag, selector) => [...document.querySelectorAll(selector)].map(e => `${tag}:${e.textContent.trim()}`);
          const label = (tag, selector) => [...document.querySelectorAll(selector)].map(e => `${tag}:${e.getAttribute('aria-label')}`);
          return [
            ...text('skip', '.skip-link'), ...text('tagline', '.brand__tagline'), ...label('nav-label', '.site-nav'),
            ...text('nav', '.site-nav a'), ...label('language-label', '.language-switch'), ...label('account-label', '.account-menu'),
            ...text('signed-in-as', '.account-menu__name .visually-hidden'), ...text('sign-out', '.account-menu button'),
            ...text('footer', '.site-footer p'), ...text('heading', 'main h1'),
          ];
        }
        """)];

    private static bool HasVietnameseLetters(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
