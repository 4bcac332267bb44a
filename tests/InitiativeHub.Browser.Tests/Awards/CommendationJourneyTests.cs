using DocumentFormat.OpenXml.Packaging;
using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Users;
using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Awards;

[Collection(BrowserCollection.Name)]
public sealed class CommendationJourneyTests(BrowserFixture fixture)
{
    // Per entry, the three judges' points on TM (max 30), HQ (max 40), NR (max 30): means 90, 75 and 65, so the
    // campaign's tiers (Giải Nhất from 85, Giấy khen from 60) propose one first prize and two certificates.
    private static readonly (string Title, decimal[] Points)[] Scored =
    [
        ("Phần mềm nhắc lịch tiêm chủng qua Zalo", [27, 36, 27]),
        ("Tủ sách pháp luật điện tử tại bộ phận một cửa", [22, 30, 23]),
        ("Sổ tay hướng dẫn thủ tục bằng mã QR", [20, 26, 19]),
    ];

    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task OrganizerProposes_LeaderApprovesTwoReturnsOne_DownloadsDraft_OrganizerPublishes_ShowcaseShowsTheTwo(string screenName)
    {
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Trần Hưng Đạo {tag}");
        var organizerEmail = AccountSteps.NewEmail("to.chuc");
        var organizer = await seed.UserAsync(organizerEmail, "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var leaderEmail = AccountSteps.NewEmail("chu.tich");
        var leader = await seed.UserAsync(leaderEmail, "Vi Văn Thắng");
        await GrantAsync(leader, Role.Leader, ward);
        var citizen = await seed.UserAsync(AccountSteps.NewEmail("nguyen.van.an"), "Nguyễn Văn An");
        var campaign = await seed.OpenCampaignAsync(organizer, ward, $"Phong trào sáng kiến chào mừng Ngày 21/4 ({tag})", openedAgo: TimeSpan.FromDays(6));
        var titles = Scored.Select(s => $"{s.Title} {tag}").ToList();
        var entries = new List<Entry>();
        foreach (var title in titles)
        {
            var (entry, _) = await seed.SubmittedEntryAsync(citizen, campaign, title, "Mô tả giải pháp đã áp dụng tại phường.", "Nguyễn Văn An");
            entries.Add(entry);
        }

        await ScoreAsync(seed, organizer, ward, campaign, entries, tag);

        // The organizer proposes from the ranking on the proposals page reached from the campaign page.
        await using var organizerBrowser = await fixture.OpenAsync(screen, nameof(OrganizerProposes_LeaderApprovesTwoReturnsOne_DownloadsDraft_OrganizerPublishes_ShowcaseShowsTheTwo));
        var page = organizerBrowser.Page;
        await AccountSteps.SignInAsync(organizerBrowser, organizerEmail, AccountSteps.Password);
        await organizerBrowser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đề xuất khen thưởng và công bố" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đề xuất khen thưởng");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lập đề xuất từ bảng xếp hạng" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã lập đề xuất khen thưởng từ bảng xếp hạng.");
        var firstRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = titles[0] });
        await Expect(firstRow).ToContainTextAsync("Giải Nhất");
        await Expect(firstRow).ToContainTextAsync("90");
        await Expect(firstRow).ToContainTextAsync("Cá nhân");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = titles[2] })).ToContainTextAsync("Giấy khen");
        await Expect(page.Locator("tr[data-status='proposed']")).ToHaveCountAsync(3);

        // Submitted for approval; publishing now is refused with the reason and what to do.
        await page.GetByRole(AriaRole.Button, new() { Name = "Trình lãnh đạo phê duyệt" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã trình lãnh đạo phê duyệt danh sách đề nghị khen thưởng.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả" }).ClickAsync();
        await Expect(page.Locator("#proposals-error")).ToContainTextAsync("còn 3 đề nghị khen thưởng chờ lãnh đạo quyết định");
        await JourneySteps.AssertFitsTheScreenAsync(organizerBrowser);
        await organizerBrowser.ScreenshotAsync("proposals");
        organizerBrowser.AssertNoBrowserErrors();

        // The leader finds the campaign in the navigation, decides three rows at once under one number.
        await using var leaderBrowser = await fixture.OpenAsync(screen, nameof(OrganizerProposes_LeaderApprovesTwoReturnsOne_DownloadsDraft_OrganizerPublishes_ShowcaseShowsTheTwo) + "-leader");
        var leaderPage = leaderBrowser.Page;
        await AccountSteps.SignInAsync(leaderBrowser, leaderEmail, AccountSteps.Password);
        await leaderBrowser.GotoAsync("/phe-duyet-khen-thuong");
        await Expect(leaderPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Phê duyệt khen thưởng");
        await Expect(leaderPage.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Phê duyệt khen thưởng" })).ToBeVisibleAsync();
        await leaderPage.GetByRole(AriaRole.Link, new() { Name = campaign.Title }).ClickAsync();
        await Expect(leaderPage.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Quyết định khen thưởng");
        await Expect(leaderPage.GetByText("Hiệu quả kinh tế - xã hội: tối đa 40 điểm, hệ số 1")).ToBeVisibleAsync();

        var returned = leaderPage.GetByRole(AriaRole.Row).Filter(new() { HasText = titles[2] });
        foreach (var title in titles)
        {
            await leaderPage.GetByLabel($"Chọn “{title}”").CheckAsync();
        }

        await returned.GetByLabel("Quyết định").SelectOptionAsync(new SelectOptionValue { Label = "Trả lại" });
        await leaderPage.GetByLabel("Số quyết định").FillAsync("12/QĐ-UBND");
        // The decision date starts at today (Vietnam); a date after today is tried first.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);
        var signedOn = today.AddDays(-2);
        await Expect(leaderPage.GetByLabel("Ngày quyết định")).ToHaveValueAsync(Slashed(today));
        await leaderPage.GetByLabel("Ngày quyết định").FillAsync(Slashed(today.AddDays(1)));
        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "Ký quyết định các dòng đã chọn" }).ClickAsync();

        // A return without a reason: the row says so and nothing is decided.
        await Expect(returned.Locator(".validation-message")).ToHaveTextAsync("Cần nêu lý do khi trả lại hoặc không phê duyệt.");
        await Expect(leaderPage.Locator("#decide-error")).ToContainTextAsync("chưa dòng nào được quyết định");
        await Expect(leaderPage.GetByLabel("Số quyết định")).ToHaveValueAsync("12/QĐ-UBND");
        await leaderBrowser.ScreenshotAsync("decision-reason-missing");
        await returned.GetByLabel("Lý do").FillAsync("Bổ sung xác nhận hiệu quả áp dụng của cơ sở.");
        foreach (var title in titles)
        {
            await Expect(leaderPage.GetByLabel($"Chọn “{title}”")).ToBeCheckedAsync();
        }

        // Tomorrow's date: the rule's coded message stands beside the date field and nothing is decided.
        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "Ký quyết định các dòng đã chọn" }).ClickAsync();
        await Expect(leaderPage.Locator("#decision-date-error")).ToContainTextAsync($"Ngày quyết định không được sau hôm nay ({Slashed(today)})");
        await Expect(leaderPage.GetByLabel("Ngày quyết định")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(leaderPage.Locator("tr[data-status='proposed']")).ToHaveCountAsync(3);
        await leaderPage.GetByLabel("Ngày quyết định").FillAsync(Slashed(signedOn));
        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "Ký quyết định các dòng đã chọn" }).ClickAsync();
        await Expect(leaderPage.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã ghi quyết định cho các đề nghị đã chọn.");
        await Expect(leaderPage.Locator("tr[data-status='approved']")).ToHaveCountAsync(2);
        await Expect(leaderPage.Locator("tr[data-status='returned']")).ToContainTextAsync("Bổ sung xác nhận hiệu quả áp dụng của cơ sở.");
        await Expect(leaderPage.Locator("tr[data-status='approved']").First).ToContainTextAsync($"Quyết định số 12/QĐ-UBND ngày {Slashed(signedOn)}");

        // The decision draft carries the number and the chosen date in the long form.
        var panel = leaderPage.Locator("#decision-draft-export[data-ready='true']");
        await Expect(panel).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await panel.GetByRole(AriaRole.Button, new() { Name = "Xuất tệp DOCX" }).ClickAsync();
        var link = panel.GetByRole(AriaRole.Link).Filter(new() { HasText = "Tải về" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await JourneySteps.AssertFitsTheScreenAsync(leaderBrowser);
        await leaderBrowser.ScreenshotAsync("decided");
        var download = await leaderPage.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), false))
        {
            var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("12/QĐ-UBND", text, StringComparison.Ordinal);
            Assert.Contains(titles[0], text, StringComparison.Ordinal);
            Assert.Contains($", {OfficialDate.LongForm(signedOn)}", text, StringComparison.Ordinal);
        }

        // Revoking needs a reason: the coded error stands next to the field and the award stays approved.
        await leaderPage.GetByLabel("Khen thưởng cần thu hồi").SelectOptionAsync(new SelectOptionValue { Label = $"{titles[1]} — 12/QĐ-UBND" });
        await leaderPage.GetByRole(AriaRole.Button, new() { Name = "Thu hồi", Exact = true }).ClickAsync();
        await Expect(leaderPage.Locator("#revoke-reason-error")).ToHaveTextAsync("Cần nêu lý do.");
        await Expect(leaderPage.Locator("tr[data-status='approved']")).ToHaveCountAsync(2);
        leaderBrowser.AssertNoBrowserErrors();

        // The organizer publishes; the public showcase shows the two approved entries, not the returned one.
        await organizerBrowser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}/khen-thuong");
        await Expect(page.GetByText("Không còn đề nghị nào chờ quyết định: có thể công bố kết quả.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Công bố kết quả" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Đã chuyển phong trào sang giai đoạn “Đã công bố kết quả”.");
        await organizerBrowser.GotoAsync($"/trung-bay?q={tag}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = titles[0] })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = titles[1] })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = titles[2] })).ToHaveCountAsync(0);
        await JourneySteps.AssertFitsTheScreenAsync(organizerBrowser);
        await organizerBrowser.ScreenshotAsync("showcase");
        organizerBrowser.AssertNoBrowserErrors();
    }

    /// <summary>Accepts the entries, judges them with a panel of three through the use cases and opens deliberation.</summary>
    private async Task ScoreAsync(Seed seed, Guid organizer, Guid ward, Campaign campaign, IReadOnlyList<Entry> entries, string tag)
    {
        var viewer = new Viewer(organizer);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var entryService = scope.ServiceProvider.GetRequiredService<EntryService>();
            foreach (var entry in entries)
            {
                await entryService.ScreenAsync(viewer, entry.Id, ScreeningDecision.Accept, null, null, null, CancellationToken.None);
            }

            var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
            await campaigns.ChangePhaseAsync(viewer, campaign.Id, CampaignPhase.Screening, CancellationToken.None);
            await campaigns.ChangePhaseAsync(viewer, campaign.Id, CampaignPhase.Judging, CancellationToken.None);
        }

        var judges = new List<Guid>();
        foreach (var name in new[] { "Lương Thị Hoa", "Nông Văn Dũng", "Hà Thị Lan" })
        {
            var judge = await seed.UserAsync(AccountSteps.NewEmail("giam.khao"), $"{name} {tag}");
            await GrantAsync(judge, Role.Judge, ward);
            judges.Add(judge);
        }

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var judging = scope.ServiceProvider.GetRequiredService<JudgingService>();
            var panel = await judging.CreatePanelAsync(
                viewer, campaign.Id, "Hội đồng xét duyệt sáng kiến", null,
                [new PanelMember(judges[0], PanelRole.Chair), new PanelMember(judges[1], PanelRole.Member), new PanelMember(judges[2], PanelRole.Member)],
                CancellationToken.None);
            var assignments = await judging.AssignJudgesAsync(viewer, panel.Id, 3, null, null, CancellationToken.None);
            foreach (var assignment in assignments)
            {
                var points = Scored[entries.ToList().FindIndex(e => e.Id == assignment.EntryId)].Points;
                await judging.SubmitScoreSheetAsync(
                    new Viewer(assignment.JudgeId), assignment.Id,
                    [new CriterionScore("TM", points[0]), new CriterionScore("HQ", points[1]), new CriterionScore("NR", points[2])], null, CancellationToken.None);
            }

            await scope.ServiceProvider.GetRequiredService<CampaignService>().ChangePhaseAsync(viewer, campaign.Id, CampaignPhase.Deliberation, CancellationToken.None);
        }
    }

    private async Task GrantAsync(Guid userId, Role role, Guid organizationId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Infrastructure.Identity.AppUser>>();
        var admin = new Viewer((await users.FindByEmailAsync(BrowserFixture.AdminEmail))!.Id);
        await scope.ServiceProvider.GetRequiredService<UserService>().GrantRoleAsync(admin, userId, role, organizationId, CancellationToken.None);
    }

    private static string Slashed(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
