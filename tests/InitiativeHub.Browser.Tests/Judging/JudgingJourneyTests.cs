using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Campaigns;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Judging;

[Collection(BrowserCollection.Name)]
public sealed class JudgingJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Organizer_SetsUpAPanelAndAssignsJudges(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var judging = new JudgingSeed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Hồng Hà {tag}");
        var organizerEmail = AccountSteps.NewEmail("to.chuc");
        var organizer = await seed.UserAsync(organizerEmail, "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var chairEmail = AccountSteps.NewEmail("chu.tich");
        var viceEmail = AccountSteps.NewEmail("pho.chu.tich");
        var memberEmail = AccountSteps.NewEmail("uy.vien");
        await seed.UserAsync(chairEmail, "Trần Thị Bình");
        await seed.UserAsync(viceEmail, "Phạm Quốc Cường");
        await seed.UserAsync(memberEmail, "Đỗ Thu Hằng");
        var campaign = await judging.OpenCampaignAsync(organizer, ward, $"Hội thi sáng kiến cải cách hành chính ({tag})", blindReview: false);
        var citizen = await seed.UserAsync(AccountSteps.NewEmail("cong.dan"), "Nguyễn Văn An");
        await judging.AcceptedEntryAsync(organizer, citizen, campaign, "Tra cứu hồ sơ một cửa bằng mã QR", "Nguyễn Văn An");
        await judging.AcceptedEntryAsync(organizer, citizen, campaign, "Phiếu hẹn điện tử gửi qua Zalo", "Nguyễn Văn An");
        var panelName = $"Hội đồng xét sáng kiến {tag}";

        await using var browser = await fixture.OpenAsync(screen, nameof(Organizer_SetsUpAPanelAndAssignsJudges));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, organizerEmail, AccountSteps.Password);
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hội đồng chấm và phân công giám khảo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hội đồng chấm");
        await Expect(page.GetByText("Phong trào chưa có hội đồng chấm nào.")).ToBeVisibleAsync();

        // A typo in an email: nothing is created and the form says which email has no account.
        await page.GetByLabel("Tên hội đồng").FillAsync(panelName);
        await page.GetByLabel("Cải cách hành chính").CheckAsync();
        await page.Locator("#member-0-email").FillAsync(chairEmail);
        await page.Locator("#member-1-email").FillAsync("khong.co.ai@example.vn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập hội đồng", Exact = true }).ClickAsync();
        await Expect(page.Locator("#panel-members-error")).ToHaveTextAsync("Không có tài khoản nào với email khong.co.ai@example.vn.");
        await Expect(page.GetByText("Phong trào chưa có hội đồng chấm nào.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Tên hội đồng")).ToHaveValueAsync(panelName);

        // Chair, vice chair and a member who score; the secretary row is left blank.
        await page.Locator("#member-1-email").FillAsync(viceEmail);
        await page.Locator("#member-2-email").FillAsync(memberEmail);
        await page.Locator("#member-2-role").SelectOptionAsync(new SelectOptionValue { Label = "Ủy viên" });
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("panel-form-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập hội đồng", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lập hội đồng chấm.");
        var card = page.Locator(".panel-card").Filter(new() { HasText = panelName });
        await Expect(card.Locator(".member-list li")).ToHaveTextAsync(["Chủ tịch Trần Thị Bình", "Phó Chủ tịch Phạm Quốc Cường", "Ủy viên Đỗ Thu Hằng"]);
        await Expect(card).ToContainTextAsync("Cải cách hành chính");
        await Expect(card).ToContainTextAsync("0/0 phiếu đã nộp");
        await browser.ScreenshotAsync("panel-created");

        // Two judges per entry over three judges: four assignments, loads 2-1-1, nobody has submitted yet.
        await card.GetByRole(AriaRole.Link, new() { Name = $"Phân công và tiến độ: {panelName}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(panelName);
        await Expect(page.GetByText("Chưa có phân công nào.")).ToBeVisibleAsync();
        await page.GetByLabel("Số giám khảo chấm mỗi hồ sơ").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Phân công", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã phân công giám khảo.");
        await Expect(page.Locator("#assignments tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#assignments tbody tr").Filter(new() { HasText = "Tra cứu hồ sơ một cửa bằng mã QR" })).ToHaveCountAsync(2);
        await Expect(page.Locator("#assignments tbody tr").Filter(new() { HasText = "Phiếu hẹn điện tử gửi qua Zalo" })).ToHaveCountAsync(2);
        await Expect(page.Locator("#assignments tbody tr").Filter(new() { HasText = "Chờ chấm" })).ToHaveCountAsync(4);
        await Expect(page.GetByText("Cả hội đồng: 0/4 phiếu đã nộp.")).ToBeVisibleAsync();
        var loads = await page.Locator("#judge-progress tbody tr td.numeric:nth-of-type(2)").AllInnerTextsAsync();
        Assert.Equal(3, loads.Count);
        Assert.Equal(["0/1", "0/1", "0/2"], loads.Select(text => text.Split(' ')[0].Trim()).Order(StringComparer.Ordinal));
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("assignments");
        browser.AssertNoBrowserErrors();
    }

    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Judge_DeclaresAConflict_ScoresAnEntry_AndSeesTheRankingChangeLive(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var judging = new JudgingSeed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Cửa Nam {tag}");
        var organizer = await seed.UserAsync(AccountSteps.NewEmail("to.chuc"), "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var judgeEmail = AccountSteps.NewEmail("giam.khao");
        var judge = await seed.UserAsync(judgeEmail, "Trần Thị Bình");
        var otherJudge = await seed.UserAsync(AccountSteps.NewEmail("giam.khao.hai"), "Phạm Quốc Cường");
        var campaignTitle = $"Hội thi sáng kiến chuyển đổi số ({tag})";
        var campaign = await judging.OpenCampaignAsync(organizer, ward, campaignTitle, blindReview: true);
        var citizen = await seed.UserAsync(AccountSteps.NewEmail("cong.dan"), "Nguyễn Văn An");
        var conflicted = "Tổ dân phố số hóa sổ hộ nghèo";
        var scored = "Phiếu hẹn điện tử gửi qua Zalo";
        await judging.AcceptedEntryAsync(organizer, citizen, campaign, conflicted, "Lê Thị Thu Hà");
        await judging.AcceptedEntryAsync(organizer, citizen, campaign, scored, "Ngô Minh Khoa");
        var panel = await judging.PanelAsync(organizer, campaign, $"Hội đồng {tag}", judge, otherJudge);
        Assert.Equal(4, (await judging.AssignAsync(organizer, panel, 2)).Count);
        await judging.MoveToAsync(organizer, campaign, CampaignPhase.Screening, CampaignPhase.Judging);

        await using var browser = await fixture.OpenAsync(screen, nameof(Judge_DeclaresAConflict_ScoresAnEntry_AndSeesTheRankingChangeLive));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, judgeEmail, AccountSteps.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Chấm điểm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ được phân công chấm");
        var cards = page.Locator(".assignment-card");
        await Expect(cards).ToHaveCountAsync(2);
        // Blind review: the judge is told so, and no author's name reaches the page.
        await Expect(page.GetByText("Phong trào chấm ẩn danh", new() { Exact = false })).ToBeVisibleAsync();
        Assert.DoesNotContain("Lê Thị Thu Hà", await page.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Ngô Minh Khoa", await page.ContentAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("assignments");

        // A conflict of interest with one entry, with the reason; the entry is withheld from then on.
        var conflictCard = cards.Filter(new() { HasText = conflicted });
        await conflictCard.GetByText("Khai báo xung đột lợi ích", new() { Exact = true }).ClickAsync();
        await conflictCard.GetByRole(AriaRole.Button, new() { Name = "Gửi khai báo" }).ClickAsync();
        await Expect(conflictCard.Locator(".validation-message")).ToContainTextAsync("lý do xung đột lợi ích");
        await conflictCard.GetByLabel("Lý do xung đột lợi ích").FillAsync("Tôi là tổ trưởng của tổ dân phố có hồ sơ này.");
        await conflictCard.GetByRole(AriaRole.Button, new() { Name = "Gửi khai báo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghi nhận khai báo xung đột lợi ích");
        var setAside = cards.Filter(new() { HasText = "Hồ sơ đã khai báo xung đột lợi ích" });
        await Expect(setAside.Locator(".badge")).ToHaveTextAsync("Xung đột lợi ích");
        await Expect(setAside.GetByRole(AriaRole.Note)).ToContainTextAsync("Tôi là tổ trưởng của tổ dân phố có hồ sơ này.");
        await Expect(page.GetByText(conflicted)).ToHaveCountAsync(0);
        await browser.ScreenshotAsync("conflict-declared");
        var scoreLink = cards.Filter(new() { HasText = scored }).GetByRole(AriaRole.Link, new() { Name = "Chấm điểm" });
        var scoringPath = await scoreLink.GetAttributeAsync("href");

        // The ranking, open in another window before the sheet is in: live, and nothing the judge may see yet.
        await using var rankingBrowser = await fixture.OpenAsync(screen, nameof(Judge_DeclaresAConflict_ScoresAnEntry_AndSeesTheRankingChangeLive) + "-ranking");
        var ranking = rankingBrowser.Page;
        await AccountSteps.SignInAsync(rankingBrowser, judgeEmail, AccountSteps.Password);
        await rankingBrowser.GotoAsync($"/phong-trao/{campaign.Id}/xep-hang");
        await Expect(ranking.Locator(".ranking[data-live='true']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(ranking.Locator("#ranking-empty")).ToBeVisibleAsync();
        await ranking.EvaluateAsync("() => { window.sameDocument = true; }");
        await rankingBrowser.ScreenshotAsync("ranking-before");

        // The scoring form: each criterion with its maximum, the weighted total adding up while typing.
        await browser.GotoAsync("/" + scoringPath);
        await Expect(page.Locator(".scoring[data-ready='true']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("fieldset.form-shell")).ToBeEnabledAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Phiếu chấm điểm");
        Assert.DoesNotContain("Ngô Minh Khoa", await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("label[for='score-TM']")).ToContainTextAsync("tối đa 30 điểm · trọng số 1,5");
        await Expect(page.Locator("label[for='score-HQ']")).ToContainTextAsync("tối đa 40 điểm · trọng số 1");
        await Expect(page.Locator("label[for='score-NR']")).ToContainTextAsync("tối đa 30 điểm · trọng số 0,5");
        var total = page.Locator("#running-total");
        await Expect(total).ToHaveTextAsync("0");
        // By hand: 27,5 × 1,5 = 41,25; + 31 × 1 = 72,25; + 18,5 × 0,5 = 81,5.
        await page.Locator("#score-TM").FillAsync("27,5");
        await Expect(total).ToHaveTextAsync("41,25");
        await page.Locator("#score-HQ").FillAsync("31");
        await Expect(total).ToHaveTextAsync("72,25");
        await page.Locator("#score-NR").FillAsync("18,5");
        await Expect(total).ToHaveTextAsync("81,5");
        await Expect(page.Locator(".running-total")).ToContainTextAsync("trên tối đa 100 · đã chấm 3/3 tiêu chí");
        await page.GetByLabel("Nhận xét chung về hồ sơ").FillAsync("Giải pháp thiết thực, dễ nhân rộng ở các phường.");
        await JourneySteps.AssertAllFieldsLabelledAsync(page);
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await browser.ScreenshotAsync("scoring-form");

        // Submit with a confirmation; the sheet comes back locked with the same total.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp phiếu chấm" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Region, new() { Name = "Xác nhận nộp phiếu chấm" });
        await Expect(confirm).ToBeFocusedAsync();
        await Expect(confirm.Locator("#confirm-total")).ToHaveTextAsync("81,5");
        await browser.ScreenshotAsync("scoring-confirm");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Xác nhận nộp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Phiếu chấm đã nộp" })).ToBeVisibleAsync();
        await Expect(page.Locator("#locked-total")).ToHaveTextAsync("81,5");
        await Expect(page.Locator("#score-TM")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp phiếu chấm");
        await browser.ScreenshotAsync("sheet-locked");

        // The open ranking shows the entry without a reload: rank 1 with the judge's total.
        var row = ranking.Locator("#ranking tbody tr").Filter(new() { HasText = scored });
        await Expect(row).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(row.Locator("td").First).ToHaveTextAsync("1");
        await Expect(row).ToContainTextAsync("81,5");
        await Expect(row).ToContainTextAsync("Giải Nhất");
        await Expect(ranking.Locator("#ranking-updated")).ToContainTextAsync("Cập nhật lúc");
        Assert.True(await ranking.EvaluateAsync<bool>("() => window.sameDocument === true"), "The ranking page reloaded instead of updating in place.");
        await JourneySteps.AssertFitsTheScreenAsync(rankingBrowser);
        await rankingBrowser.ScreenshotAsync("ranking-after");

        // Back on the list, the sheet is counted as scored.
        await browser.GotoAsync("/cham-diem");
        await Expect(cards.Filter(new() { HasText = scored }).Locator(".badge")).ToHaveTextAsync("Đã chấm");
        browser.AssertNoBrowserErrors();
        rankingBrowser.AssertNoBrowserErrors();
    }
}
