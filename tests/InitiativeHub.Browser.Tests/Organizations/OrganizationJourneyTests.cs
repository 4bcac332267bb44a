using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Organizations;

/// <summary>
/// The 2025 reform in the organization pages: an administrator renames a ward and merges it into a neighbour; bad
/// input (a blank name, a successor merged away meanwhile) is refused with the rule's message beside its field.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganizationJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Admin_RenamesAWardAndMergesIt_BadInputShowsTheErrorBesideItsField(string screenName)
    {
        // Arrange: a district-level body with three wards.
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var province = await seed.OrganizationAsync($"UBND tỉnh Lạng Sơn {tag}", OrganizationKind.ProvincePeoplesCommittee);
        var wardA = await seed.OrganizationAsync($"UBND phường Chi Lăng {tag}", OrganizationKind.CommunePeoplesCommittee, province);
        var wardB = await seed.OrganizationAsync($"UBND phường Tam Thanh {tag}", OrganizationKind.CommunePeoplesCommittee, province);
        var wardC = await seed.OrganizationAsync($"UBND phường Hoàng Văn Thụ {tag}", OrganizationKind.CommunePeoplesCommittee, province);
        var renamed = $"UBND phường Lương Văn Tri {tag}";

        await using var browser = await fixture.OpenAsync(screen, nameof(Admin_RenamesAWardAndMergesIt_BadInputShowsTheErrorBesideItsField));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, BrowserFixture.AdminEmail, BrowserFixture.AdminPassword);
        await browser.GotoAsync("/quan-ly/to-chuc");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quản lý tổ chức");
        // The list shows the bodies directly under the viewer's own; a ward two levels down is opened by its address.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"UBND tỉnh Lạng Sơn {tag}", Exact = true })).ToBeVisibleAsync();
        await browser.GotoAsync($"/quan-ly/to-chuc/{wardA}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"UBND phường Chi Lăng {tag}");
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("organization");

        // Rename: a blank name is refused beside the field, and the name stays.
        await page.GetByLabel("Tên mới").FillAsync("   ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi tên", Exact = true }).ClickAsync();
        await Expect(page.Locator("#new-name-error")).ToHaveTextAsync("Tên tổ chức không được để trống.");
        await Expect(page.GetByLabel("Tên mới")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"UBND phường Chi Lăng {tag}");
        await browser.ScreenshotAsync("rename-blank");
        await page.GetByLabel("Tên mới").FillAsync(renamed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi tên", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã đổi tên tổ chức.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(renamed);

        // Merge: the page offers the neighbours; one of them is merged away by someone else before the choice is sent.
        var successor = page.GetByLabel("Đơn vị nhận sáp nhập");
        await Expect(successor.Locator("option")).ToHaveTextAsync([$"UBND phường Hoàng Văn Thụ {tag}", $"UBND phường Tam Thanh {tag}"]);
        await seed.MergeAsync(wardB, wardC);
        await successor.SelectOptionAsync(new SelectOptionValue { Label = $"UBND phường Tam Thanh {tag}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sáp nhập", Exact = true }).ClickAsync();
        await Expect(page.Locator("#successor-error")).ToHaveTextAsync(
            $"Không sáp nhập được: UBND phường Tam Thanh {tag} đã được sáp nhập vào đơn vị khác; hãy chọn đơn vị nhận sáp nhập khác.");
        await Expect(successor).ToHaveAttributeAsync("aria-invalid", "true");
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("merge-refused");

        // The page now offers only the ward still standing; the merge goes through.
        await browser.GotoAsync($"/quan-ly/to-chuc/{wardA}");
        await Expect(successor.Locator("option")).ToHaveTextAsync([$"UBND phường Hoàng Văn Thụ {tag}"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sáp nhập", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã sáp nhập tổ chức.");
        await Expect(page.GetByText($"Tổ chức này đã được sáp nhập vào UBND phường Hoàng Văn Thụ {tag}.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tên mới")).ToHaveCountAsync(0);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("merged");
        browser.AssertNoBrowserErrors();
    }
}
