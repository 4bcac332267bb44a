using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Layout;

[Collection(BrowserCollection.Name)]
public sealed class ResponsiveLayoutTests(BrowserFixture fixture)
{
    /// <summary>Every page that exists, with its Vietnamese heading.</summary>
    public static TheoryData<string, string, string> Pages()
    {
        var pages = new (string Path, string Heading)[]
        {
            ("/", "Phong trào đổi mới sáng tạo"),
            ("/phong-trao", "Các phong trào, cuộc thi"),
            ("/tra-cuu-bien-nhan", "Tra cứu biên nhận"),
            ("/trung-bay", "Sáng kiến, mô hình được khen thưởng"),
            ("/dang-nhap", "Đăng nhập"),
            ("/dang-ky", "Đăng ký tài khoản"),
            ("/quen-mat-khau", "Quên mật khẩu"),
            ("/dat-lai-mat-khau", "Đặt lại mật khẩu"),
            ("/khong-co-quyen", "Không có quyền truy cập"),
            ("/loi", "Đã xảy ra lỗi"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var screen in ScreenSize.All)
        {
            foreach (var (path, heading) in pages)
            {
                data.Add(screen.Name, path, heading);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AtEachScreenSize_FitsTheWidthWithLabelledFields(string screenName, string path, string heading)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        await using var browser = await fixture.OpenAsync(screen, path == "/" ? "page-home" : $"page{path.Replace('/', '-')}");

        await browser.GotoAsync(path);

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Expect(browser.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Trang chủ" })).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(browser);
        var unlabelled = await browser.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0).map(e => e.outerHTML)");
        Assert.Empty(unlabelled);
        await browser.ScreenshotAsync("page");
        browser.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task HomePage_SignedIn_FitsTheWidth(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        await using var browser = await fixture.OpenAsync(screen, "page-home-signed-in");

        await AccountSteps.SignInAsync(browser, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Vai trò của bạn" })).ToBeVisibleAsync();
        await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        await AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("home");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SkipLink_FirstTab_ShowsItselfAndMovesFocusToTheContent()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(SkipLink_FirstTab_ShowsItselfAndMovesFocusToTheContent));
        var page = browser.Page;
        await browser.GotoAsync("/dang-nhap");

        await page.Keyboard.PressAsync("Tab");

        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToBeInViewportAsync();
        var outline = await skipLink.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.NotEqual("none", outline);
        await browser.ScreenshotAsync("skip-link-focused");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("/dang-nhap", browser.CurrentPath);
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToBeFocusedAsync();
        browser.AssertNoBrowserErrors();
    }

    private static async Task AssertFitsTheScreenAsync(BrowserSession browser)
    {
        // The site's stylesheet and Blazor's script really arrived (an empty 200 would not show as an error).
        var headerColour = await browser.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.Equal("rgb(161, 22, 26)", headerColour);
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => typeof window.Blazor === 'object'"), "blazor.web.js did not load.");

        var overflow = await browser.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"The page is {overflow}px wider than the {browser.Screen.Name} screen.");
    }
}
