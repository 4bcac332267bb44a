using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Campaigns;

[Collection(BrowserCollection.Name)]
public sealed partial class SubmitterJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Citizen_SubmitsWithTwoCoAuthorsAndAPdf_GetsAReceiptThatVerifies(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Trần Hưng Đạo {tag}");
        var organizer = await seed.UserAsync(AccountSteps.NewEmail("to.chuc"), "Phạm Minh Tuấn");
        await seed.GrantOrganizerAsync(organizer, ward);
        var campaignTitle = $"Phong trào thi đua đổi mới sáng tạo chào mừng Ngày 21/4 ({tag})";
        var campaign = await seed.OpenCampaignAsync(organizer, ward, campaignTitle);
        var email = AccountSteps.NewEmail("nguyen.thi.lan");
        var citizen = await seed.UserAsync(email, "Nguyễn Thị Lan");
        // An earlier entry of hers, for the similar-entry hint while she types the new title.
        await seed.SubmittedEntryAsync(citizen, campaign, "Ứng dụng Zalo OA tra cứu thủ tục hành chính", "Tra cứu thủ tục qua Zalo OA của phường.", "Nguyễn Thị Lan");

        await using var browser = await fixture.OpenAsync(screen, nameof(Citizen_SubmitsWithTwoCoAuthorsAndAPdf_GetsAReceiptThatVerifies));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password);

        // The home page lists the open campaign with its organizer, themes, slogan and countdown.
        var card = page.Locator(".campaign-card").Filter(new() { HasText = campaignTitle });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync($"UBND phường Trần Hưng Đạo {tag}");
        await Expect(card).ToContainTextAsync("Chuyển đổi số");
        await Expect(card).ToContainTextAsync("“Sáng tạo vì cộng đồng”");
        await Expect(card.Locator(".countdown")).ToHaveTextAsync("còn 12 ngày");
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("home-open-campaigns");

        // The campaign page: themes, rubric with maxima, tiers, policy, and the button to submit.
        await card.GetByRole(AriaRole.Link, new() { Name = campaignTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(campaignTitle);
        var rubric = page.GetByRole(AriaRole.Table).First;
        await Expect(rubric.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hiệu quả kinh tế - xã hội" })).ToContainTextAsync("40");
        await Expect(page.GetByText("Kế hoạch số 45/KH-UBND ngày 01/4/2026 của UBND phường Trần Hưng Đạo")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Giải Nhất" })).ToContainTextAsync("Giải thưởng");
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("campaign-page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gửi sáng kiến", Exact = true }).ClickAsync();

        // The entry form: the similar entry shows up while the title is typed.
        await JourneySteps.WaitForEntryFormAsync(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gửi sáng kiến");
        await page.Locator("#entry-title").PressSequentiallyAsync("ung dung zalo tra cuu thu tuc", new() { Delay = 20 });
        var similar = page.Locator("#similar-entries");
        await Expect(similar).ToContainTextAsync("Ứng dụng Zalo OA tra cứu thủ tục hành chính");
        await Expect(similar).ToContainTextAsync(SimilarityText());
        await page.Locator("#entry-title").FillAsync("Ứng dụng Zalo tra cứu thủ tục hành chính cho người cao tuổi");

        await page.Locator("#entry-category").SelectOptionAsync(new SelectOptionValue { Label = "Cải cách hành chính" });
        await page.GetByLabel("Lĩnh vực áp dụng").FillAsync("Cải cách hành chính, chuyển đổi số");
        await page.Locator("#entry-first-applied").FillAsync("05/01/2026");
        await page.Locator("#entry-description").FillAsync("Hướng dẫn người cao tuổi tra cứu thủ tục hành chính qua Zalo bằng giọng nói và chữ to.");
        await page.Locator("#entry-conditions").FillAsync("Điện thoại thông minh có Zalo.");
        await page.Locator("#entry-confidential").FillAsync("Kịch bản trả lời tự động của tổng đài.");
        await page.Locator("#entry-benefits").FillAsync("Giảm 30% lượt người dân phải đến trụ sở để hỏi thủ tục.");

        // Two authors, 60/40, with the running total as a hint.
        await Expect(page.Locator("#author-0-name")).ToHaveValueAsync("Nguyễn Thị Lan");
        await page.Locator("#author-0-percent").FillAsync("60");
        await page.Locator("#author-0-workplace").FillAsync("UBND phường Trần Hưng Đạo");
        await Expect(page.Locator("#share-total")).ToContainTextAsync("Tổng tỷ lệ đóng góp: 60%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đồng tác giả" }).ClickAsync();
        await Expect(page.Locator("#author-1-name")).ToBeFocusedAsync();
        await page.Locator("#author-1-name").FillAsync("Trần Văn Bình");
        await page.Locator("#author-1-percent").FillAsync("40");
        await Expect(page.Locator("#share-total")).ToHaveTextAsync("Tổng tỷ lệ đóng góp: 100%");
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("entry-form-filled");

        // Saving the draft gives it an address; then the attachment, with its sniffed type and size.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp và tiếp tục" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DraftAddress());
        await JourneySteps.WaitForEntryFormAsync(page);
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu nháp" })).ToBeVisibleAsync();
        await Expect(page.Locator("#author-1-name")).ToHaveValueAsync("Trần Văn Bình");
        // A program named .pdf is refused with the rule's own words; nothing is attached.
        await page.Locator("#entry-file").SetInputFilesAsync(new FilePayload
        {
            Name = "ban-ve.pdf",
            MimeType = "application/pdf",
            Buffer = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00],
        });
        await Expect(page.Locator(".upload--failed")).ToContainTextAsync("Không được tải lên tệp chương trình");
        await Expect(page.Locator("#attachments")).ToHaveCountAsync(0);
        await page.Locator("#entry-file").SetInputFilesAsync(new FilePayload
        {
            Name = "thuyet-minh-sang-kien.pdf",
            MimeType = "application/pdf",
            Buffer = JourneySteps.Pdf("Thuyet minh sang kien"),
        });
        await Expect(page.Locator(".upload__done")).ToContainTextAsync("PDF");
        await Expect(page.Locator("#attachments")).ToContainTextAsync("thuyet-minh-sang-kien.pdf");
        await Expect(page.Locator("#attachments")).ToContainTextAsync("PDF");
        await browser.ScreenshotAsync("attachment-uploaded");

        // Submit, with a confirmation step.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp hồ sơ" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Region, new() { Name = "Xác nhận nộp hồ sơ" });
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(confirm).ToBeFocusedAsync();
        await Expect(confirm).ToContainTextAsync("Trần Văn Bình (40%)");
        await browser.ScreenshotAsync("confirm-submit");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp" }).ClickAsync();

        // The receipt: number, Vietnam time, digest, title, both authors.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Giấy biên nhận hồ sơ");
        await Expect(page.Locator("#receipt-entry-title")).ToHaveTextAsync("Ứng dụng Zalo tra cứu thủ tục hành chính cho người cao tuổi");
        await Expect(page.Locator(".receipt__authors")).ToContainTextAsync("Nguyễn Thị Lan — 60%");
        await Expect(page.Locator(".receipt__authors")).ToContainTextAsync("Trần Văn Bình — 40%");
        Assert.Matches(VietnamDateTime(), await page.Locator("#receipt-time").TextContentAsync());
        var number = (await page.Locator("#receipt-number").TextContentAsync())!.Trim();
        var digest = (await page.Locator("#receipt-digest").TextContentAsync())!.Trim();
        Assert.Matches("^[0-9a-f]{64}$", digest);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("receipt");

        // Printed, only the receipt remains.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "In biên nhận" })).ToBeHiddenAsync();
        await browser.ScreenshotAsync("receipt-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Anyone can verify it.
        await browser.GotoAsync("/tra-cuu-bien-nhan");
        await page.GetByLabel("Số biên nhận").FillAsync(number);
        await page.GetByLabel("Mã kiểm tra (SHA-256)").FillAsync(digest);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        var result = page.Locator("#verify-result");
        await Expect(result).ToContainTextAsync("Biên nhận hợp lệ");
        await Expect(result).ToContainTextAsync("Ứng dụng Zalo tra cứu thủ tục hành chính cho người cao tuổi");
        await browser.ScreenshotAsync("receipt-verified");

        // A digest changed in one character does not.
        await page.GetByLabel("Mã kiểm tra (SHA-256)").FillAsync((digest[0] == 'a' ? "b" : "a") + digest[1..]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(page.Locator("#verify-result")).ToContainTextAsync("Biên nhận không hợp lệ");

        // My entries: the new one is submitted.
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ của tôi" }).ClickAsync();
        var mine = page.Locator(".entry-card").Filter(new() { HasText = "cho người cao tuổi" });
        await Expect(mine.Locator(".badge")).ToHaveTextAsync("Đã nộp");
        await Expect(mine).ToContainTextAsync(number);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("my-entries");
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task Citizen_SharesSumTo99_SeesTheVietnameseErrorAndNothingIsSaved()
    {
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Hồng Bàng {tag}");
        var organizer = await seed.UserAsync(AccountSteps.NewEmail("to.chuc"), "Lê Văn Hải");
        await seed.GrantOrganizerAsync(organizer, ward);
        var campaign = await seed.OpenCampaignAsync(organizer, ward, $"Cuộc thi ý tưởng sáng tạo ({tag})");
        var email = AccountSteps.NewEmail("tran.van.binh");
        var citizen = await seed.UserAsync(email, "Trần Văn Bình");

        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, nameof(Citizen_SharesSumTo99_SeesTheVietnameseErrorAndNothingIsSaved));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password, $"/dang-nhap?ReturnUrl=%2Fphong-trao%2F{campaign.Id}%2Fgui-sang-kien");
        await JourneySteps.WaitForEntryFormAsync(page);

        await page.Locator("#entry-title").FillAsync("Mô hình thu gom rác thải nhựa tại tổ dân phố");
        await page.Locator("#entry-category").SelectOptionAsync(new SelectOptionValue { Label = "Y tế" });
        await page.Locator("#entry-description").FillAsync("Thu gom, phân loại rác nhựa hằng tuần.");
        await page.Locator("#author-0-percent").FillAsync("59");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm đồng tác giả" }).ClickAsync();
        await page.Locator("#author-1-name").FillAsync("Đỗ Thị Mai");
        await page.Locator("#author-1-percent").FillAsync("40");
        await Expect(page.Locator("#share-total")).ToContainTextAsync("Tổng tỷ lệ đóng góp: 99% — cần bằng 100%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp và tiếp tục" }).ClickAsync();

        // The domain's message, beside the authors; the form keeps what was typed.
        await Expect(page.Locator("#authors-error")).ToHaveTextAsync("Tổng tỷ lệ đóng góp của các tác giả phải bằng đúng 100% (hiện là 99%).");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Hồ sơ chưa được lưu.");
        Assert.EndsWith($"/phong-trao/{campaign.Id}/gui-sang-kien", browser.CurrentPath, StringComparison.Ordinal);
        await Expect(page.Locator("#author-1-name")).ToHaveValueAsync("Đỗ Thị Mai");
        await browser.ScreenshotAsync("shares-99");

        Assert.Empty(await seed.EntriesOfAsync(citizen, campaign.Id));
        await browser.GotoAsync("/ho-so-cua-toi");
        await Expect(page.GetByText("Bạn chưa có hồ sơ nào.")).ToBeVisibleAsync();
        browser.AssertNoBrowserErrors();
    }

    [Fact]
    public async Task CampaignList_SearchWithoutDiacritics_FindsTheCampaign()
    {
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Lê Chân {tag}");
        var organizer = await seed.UserAsync(AccountSteps.NewEmail("to.chuc"), "Vũ Thị Hằng");
        await seed.GrantOrganizerAsync(organizer, ward);
        var title = $"Phong trào Bình dân học vụ số {tag}";
        await seed.OpenCampaignAsync(organizer, ward, title);

        await using var browser = await fixture.OpenAsync(ScreenSize.Laptop, nameof(CampaignList_SearchWithoutDiacritics_FindsTheCampaign));
        var page = browser.Page;
        await browser.GotoAsync("/phong-trao");
        await page.GetByLabel("Từ khóa").FillAsync($"binh dan hoc vu so {tag.ToLowerInvariant()}");
        await page.GetByLabel("Giai đoạn").SelectOptionAsync(new SelectOptionValue { Label = "Đang nhận hồ sơ" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tìm thấy 1 phong trào.");
        await Expect(page.Locator(".campaign-card")).ToHaveCountAsync(1);
        await Expect(page.Locator(".campaign-card")).ToContainTextAsync(title);
        await browser.ScreenshotAsync("search");
        browser.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Citizen_WithdrawsASubmittedEntry_AfterConfirming(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Gia Viên {tag}");
        var organizer = await seed.UserAsync(AccountSteps.NewEmail("to.chuc"), "Đặng Quốc Huy");
        await seed.GrantOrganizerAsync(organizer, ward);
        var campaign = await seed.OpenCampaignAsync(organizer, ward, $"Phong trào sáng kiến vì môi trường ({tag})");
        var email = AccountSteps.NewEmail("pham.thu.ha");
        var citizen = await seed.UserAsync(email, "Phạm Thu Hà");
        await seed.SubmittedEntryAsync(citizen, campaign, "Túi vải thay túi nilon ở chợ Cát Bi", "Chợ phát túi vải miễn phí.", "Phạm Thu Hà");

        await using var browser = await fixture.OpenAsync(screen, nameof(Citizen_WithdrawsASubmittedEntry_AfterConfirming));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, email, AccountSteps.Password, "/dang-nhap?ReturnUrl=%2Fho-so-cua-toi");
        var card = page.Locator(".entry-card").Filter(new() { HasText = "Túi vải thay túi nilon" });
        await card.GetByRole(AriaRole.Link, new() { Name = "Rút hồ sơ" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rút hồ sơ");
        await Expect(page.Locator(".lead")).ToContainTextAsync("Túi vải thay túi nilon ở chợ Cát Bi");
        await page.GetByLabel("Lý do rút hồ sơ").FillAsync("Nộp nhầm phong trào.");
        await browser.ScreenshotAsync("withdraw-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận rút hồ sơ" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Hồ sơ đã được rút.");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Đã rút");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Rút hồ sơ" })).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("withdrawn");
        browser.AssertNoBrowserErrors();
    }

    [GeneratedRegex(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}")]
    private static partial Regex VietnamDateTime();

    [GeneratedRegex(@"/ho-so/[0-9a-f-]{36}/sua\?trang-thai=da-luu$")]
    private static partial Regex DraftAddress();

    [GeneratedRegex(@"giống \d{1,3}%")]
    private static partial Regex SimilarityText();
}
