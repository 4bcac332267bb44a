using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed partial class AccountJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task RegisterSignInSignOut_NewCitizen_IsGreetedByName(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        await using var browser = await fixture.OpenAsync(screen, nameof(RegisterSignInSignOut_NewCitizen_IsGreetedByName));
        var page = browser.Page;
        var email = AccountSteps.NewEmail("nguyen.thi.lan");

        // Register from the home page; the name is typed decomposed (NFD), as some keyboards send it.
        await browser.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo tài khoản" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký tài khoản");
        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Lan".Normalize(NormalizationForm.FormD));
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(AccountSteps.Password);
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync(AccountSteps.Password);
        await browser.ScreenshotAsync("register-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký", Exact = true }).ClickAsync();

        // Sent to sign in, with a confirmation.
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đăng ký thành công. Mời bạn đăng nhập.");
        Assert.Equal("/dang-nhap?status=registered", browser.CurrentPath);
        await browser.ScreenshotAsync("registered");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(AccountSteps.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

        // The home page greets them by name (stored in NFC) and lists their roles: none yet.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Nguyễn Thị Lan");
        Assert.Equal("Xin chào, Nguyễn Thị Lan", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await Expect(page.Locator(".account-menu__name")).ToContainTextAsync("Nguyễn Thị Lan");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vai trò của bạn" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Bạn chưa được giao vai trò nào.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("signed-in");

        // Sign out: back to the public home page.
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Phong trào đổi mới sáng tạo");
        await Expect(page.Locator(".account-menu").GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
        await Expect(page.Locator(".account-menu__name")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("signed-out");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsVietnameseError()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(SignIn_WrongPassword_ShowsVietnameseError));
        var email = AccountSteps.NewEmail("sai.mat.khau");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        await AccountSteps.SignInAsync(browser, email, "SaiMatKhau1");

        await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
        Assert.StartsWith("/dang-nhap", browser.CurrentPath, StringComparison.Ordinal);
        // The typed password is not sent back into the page.
        await Expect(browser.Page.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveValueAsync(string.Empty);
        await Expect(browser.Page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(email);
        await browser.ScreenshotAsync("wrong-password");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsVietnameseFieldMessages()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(SignIn_EmptyForm_ShowsVietnameseFieldMessages));

        await browser.GotoAsync("/dang-nhap");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();

        await Expect(browser.Page.Locator("#email-error")).ToHaveTextAsync("Vui lòng nhập email.");
        await Expect(browser.Page.Locator("#password-error")).ToHaveTextAsync("Vui lòng nhập mật khẩu.");
        await Expect(browser.Page.GetByLabel("Email", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await browser.ScreenshotAsync("empty-form");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksOutUntilAVietnamTime()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(SignIn_FiveWrongPasswords_LocksOutUntilAVietnamTime));
        var email = AccountSteps.NewEmail("bi.khoa");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await AccountSteps.SignInAsync(browser, email, "SaiMatKhau1");
            await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        // Even the right password is refused now, and the message says until when, in Vietnam time (HH:mm ngày dd/MM/yyyy).
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password);
        var alert = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Tài khoản tạm thời bị khóa");
        Assert.Matches(LockoutTime(), await alert.TextContentAsync());
        var expected = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(15), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        await Expect(alert).ToContainTextAsync(expected.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await browser.ScreenshotAsync("locked-out");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SignIn_AsBootstrapAdministrator_ListsTheAdminRoleAtTheRootOrganization()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(SignIn_AsBootstrapAdministrator_ListsTheAdminRoleAtTheRootOrganization));

        await AccountSteps.SignInAsync(browser, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Xin chào, Quản trị hệ thống");
        var row = browser.Page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1);
        await Expect(row.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("Quản trị hệ thống");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Bộ Khoa học và Công nghệ");
        await browser.ScreenshotAsync("admin-home");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_LandsOnTheHomePage()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(SignIn_ReturnUrlToAnotherSite_LandsOnTheHomePage));
        var email = AccountSteps.NewEmail("chuyen.huong");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password, "/dang-nhap?ReturnUrl=%2F%2Fevil.example%2F");

        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = "Vai trò của bạn" })).ToBeVisibleAsync();
        Assert.Equal(new Uri(fixture.BaseAddress, "/").ToString(), browser.Page.Url);
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Register_EmailTaken_SaysSoOnceInVietnamese()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(Register_EmailTaken_SaysSoOnceInVietnamese));
        var email = AccountSteps.NewEmail("da.co");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        await browser.GotoAsync("/dang-ky");
        await browser.Page.GetByLabel("Họ và tên").FillAsync("Trần Văn Bình");
        await browser.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await browser.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(AccountSteps.Password);
        await browser.Page.GetByLabel("Nhập lại mật khẩu").FillAsync(AccountSteps.Password);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký", Exact = true }).ClickAsync();

        var alert = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Chưa thể tạo tài khoản:");
        await Expect(alert.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(
            [$"Email “{email}” đã được đăng ký. Nếu đó là email của bạn, hãy đăng nhập hoặc dùng chức năng quên mật khẩu."]);
        await browser.ScreenshotAsync("email-taken");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Register_WeakPassword_ListsThePasswordRulesInVietnamese()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(Register_WeakPassword_ListsThePasswordRulesInVietnamese));

        await browser.GotoAsync("/dang-ky");
        await Expect(browser.Page.Locator("#password-hint")).ToHaveTextAsync("Ít nhất 8 ký tự, trong đó một chữ số và một chữ cái thường.");
        await browser.Page.GetByLabel("Họ và tên").FillAsync("Lê Thị Hoa");
        await browser.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(AccountSteps.NewEmail("yeu"));
        await browser.Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("ABC");
        await browser.Page.GetByLabel("Nhập lại mật khẩu").FillAsync("ABC");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký", Exact = true }).ClickAsync();

        var alert = browser.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Mật khẩu phải có ít nhất 8 ký tự.");
        await Expect(alert).ToContainTextAsync("Mật khẩu phải có ít nhất một chữ số (0–9).");
        await Expect(alert).ToContainTextAsync("Mật khẩu phải có ít nhất một chữ cái thường (a–z).");
        await browser.ScreenshotAsync("weak-password");
        browser.AssertNoBrowserErrors();
    }

    [GeneratedRegex(@"thử lại sau \d{2}:\d{2} ngày \d{2}/\d{2}/\d{4}")]
    private static partial Regex LockoutTime();
}
