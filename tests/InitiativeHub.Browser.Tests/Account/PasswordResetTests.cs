using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed class PasswordResetTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task ForgottenPassword_CodeFromTheEmail_SetsANewPassword(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        await using var browser = await fixture.OpenAsync(screen, nameof(ForgottenPassword_CodeFromTheEmail_SetsANewPassword));
        var page = browser.Page;
        var email = AccountSteps.NewEmail("quen.mat.khau");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        // Ask for a code from the sign-in page.
        await browser.GotoAsync("/dang-nhap");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quên mật khẩu?" }).ClickAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi mã đặt lại" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("mã đặt lại mật khẩu vừa được gửi");
        await browser.ScreenshotAsync("code-sent");

        // The code arrives as an .eml in the data folder's outbox; set a new password with it.
        var code = AccountSteps.ReadResetCodeFromOutbox(fixture, email);
        await page.GetByRole(AriaRole.Link, new() { Name = "Đã có mã? Đặt lại mật khẩu" }).ClickAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mã đặt lại mật khẩu").FillAsync(code);
        await page.GetByLabel("Mật khẩu mới").FillAsync("MatKhauMoi2026");
        await page.GetByLabel("Nhập lại mật khẩu").FillAsync("MatKhauMoi2026");
        await browser.ScreenshotAsync("reset-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Mật khẩu đã được đặt lại. Mời bạn đăng nhập bằng mật khẩu mới.");

        // The old password no longer works; the new one does.
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
        await AccountSteps.SignInAsync(browser, email, "MatKhauMoi2026");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vai trò của bạn" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("signed-in-with-new-password");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task ResetPassword_WrongCode_SaysTheCodeIsInvalid()
    {
        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(ResetPassword_WrongCode_SaysTheCodeIsInvalid));
        var email = AccountSteps.NewEmail("ma.sai");
        await AccountSteps.RegisterThroughApiAsync(fixture, email);

        await browser.GotoAsync("/dat-lai-mat-khau");
        await browser.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await browser.Page.GetByLabel("Mã đặt lại mật khẩu").FillAsync("khong-phai-ma-that");
        await browser.Page.GetByLabel("Mật khẩu mới").FillAsync("MatKhauMoi2026");
        await browser.Page.GetByLabel("Nhập lại mật khẩu").FillAsync("MatKhauMoi2026");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();

        await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Mã xác thực không hợp lệ hoặc đã hết hạn.");
        await browser.ScreenshotAsync("wrong-code");
        browser.AssertNoBrowserErrors();
    }
}
