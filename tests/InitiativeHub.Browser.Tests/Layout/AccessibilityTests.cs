using InitiativeHub.Browser.Tests.Campaigns;
using InitiativeHub.Browser.Tests.Judging;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Organizations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Layout;

/// <summary>
/// Every page each role reaches, on a phone (390×844): no sideways scrolling, every field named, the keyboard gets
/// from the skip link into the content, and whatever has the focus shows it. Problems are collected over all pages
/// of a role, so one run names every page that fails.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly SemaphoreSlim ScenarioGate = new(1, 1);
    private static Scenario? _scenario;

    public static TheoryData<string> Roles() => ["anonymous", "citizen", "organizer", "superior", "judge", "leader", "admin"];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageOfTheRole_OnAPhone_FitsNamesItsFieldsAndWorksByKeyboard(string role)
    {
        var scenario = await ScenarioAsync();
        var (email, password, paths) = scenario.For(role);
        await using var browser = await fixture.OpenAsync(ScreenSize.Phone, $"a11y-{role}");
        var page = browser.Page;
        if (email is not null)
        {
            await AccountSteps.SignInAsync(browser, email, password!);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
        }

        var problems = new List<string>();
        foreach (var path in paths)
        {
            await browser.GotoAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            problems.AddRange((await ProblemsOfAsync(page)).Select(problem => $"{path}: {problem}"));
            await browser.ScreenshotAsync(path);
        }

        Assert.True(problems.Count == 0, $"Pages of the {role} role:\n" + string.Join("\n", problems));
        browser.AssertNoBrowserErrors();
    }

    private static async Task<List<string>> ProblemsOfAsync(IPage page)
    {
        var problems = new List<string>();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow > 0)
        {
            problems.Add($"{overflow}px wider than the screen");
        }

        var unnamed = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
              .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.outerHTML.slice(0, 160))
            """);
        problems.AddRange(unnamed.Select(field => $"field without a name: {field}"));

        // From the top of the page: the first Tab reaches the skip link, Enter moves to the content, and the next
        // Tabs walk through it with a visible focus.
        await page.Keyboard.PressAsync("Tab");
        if (!await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('skip-link') === true"))
        {
            problems.Add("the first Tab does not reach the skip link: " + await FocusedAsync(page));
            return problems;
        }

        if (await HiddenFocusAsync(page) is { } hiddenSkip)
        {
            problems.Add("the skip link's focus is not visible: " + hiddenSkip);
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
        var hasFocusable = await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('main a[href], main button:not([disabled]), main summary, main input:not([type=hidden]):not([disabled]), main select:not([disabled]), main textarea:not([disabled])')].some(e => e.offsetParent !== null)");
        if (!hasFocusable)
        {
            return problems;
        }

        // A few Tabs through the content, until focus leaves it (the page's end): each focused element shows it.
        for (var step = 0; step < 8; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (!await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"))
            {
                if (step == 0)
                {
                    problems.Add("Tab after the skip link leaves the content: " + await FocusedAsync(page));
                }

                break;
            }

            if (await HiddenFocusAsync(page) is { } hidden)
            {
                problems.Add("focus not visible on " + hidden);
            }
        }

        return problems;
    }

    /// <summary>The focused element when neither an outline nor a box shadow shows it; null when it shows.</summary>
    private static async Task<string?> HiddenFocusAsync(IPage page) => await page.EvaluateAsync<string?>(
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'nothing has the focus';
          const style = getComputedStyle(e);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return outline || style.boxShadow !== 'none' ? null : e.outerHTML.slice(0, 160);
        }
        """);

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 160) : 'none'");

    /// <summary>One scenario for all roles, built once through the use cases.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        await ScenarioGate.WaitAsync();
        try
        {
            return _scenario ??= await BuildAsync();
        }
        finally
        {
            ScenarioGate.Release();
        }
    }

    private async Task<Scenario> BuildAsync()
    {
        var seed = new Seed(fixture);
        var judging = new JudgingSeed(fixture);
        var tag = JourneySteps.Tag();
        var province = await seed.OrganizationAsync($"UBND tỉnh Lạng Sơn {tag}", OrganizationKind.ProvincePeoplesCommittee);
        var department = await seed.OrganizationAsync($"Sở Khoa học và Công nghệ {tag}", OrganizationKind.Department, province);
        var ward = await seed.OrganizationAsync($"UBND phường Đông Kinh {tag}", OrganizationKind.CommunePeoplesCommittee, province);
        await seed.OrganizationAsync($"Công an phường Đông Kinh {tag}", OrganizationKind.Police, ward);

        var emails = new Dictionary<string, string>
        {
            ["citizen"] = AccountSteps.NewEmail("cong.dan"),
            ["organizer"] = AccountSteps.NewEmail("to.chuc"),
            ["superior"] = AccountSteps.NewEmail("so.khcn"),
            ["judge"] = AccountSteps.NewEmail("giam.khao"),
            ["leader"] = AccountSteps.NewEmail("chu.tich"),
        };
        var citizen = await seed.UserAsync(emails["citizen"], "Nguyễn Văn An");
        var organizer = await seed.UserAsync(emails["organizer"], "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var superior = await seed.UserAsync(emails["superior"], "Nguyễn Thị Hoa");
        await seed.GrantOrganizerAsync(superior, department);
        var judge = await seed.UserAsync(emails["judge"], "Lương Thị Hoa");
        await seed.GrantAsync(judge, Role.Judge, ward);
        var leader = await seed.UserAsync(emails["leader"], "Vi Văn Thắng");
        await seed.GrantAsync(leader, Role.Leader, ward);

        // A campaign being judged (panel, assignment) and one still open with the citizen's submitted entry.
        var judged = await judging.OpenCampaignAsync(organizer, ward, $"Hội thi sáng kiến cải cách hành chính ({tag})", blindReview: false);
        await judging.AcceptedEntryAsync(organizer, citizen, judged, $"Tra cứu hồ sơ một cửa bằng mã QR {tag}", "Nguyễn Văn An");
        await judging.MoveToAsync(organizer, judged, CampaignPhase.Screening, CampaignPhase.Judging);
        var panel = await judging.PanelAsync(organizer, judged, $"Hội đồng xét sáng kiến {tag}", judge);
        var assignment = (await judging.AssignAsync(organizer, panel, 1))[0];
        var open = await seed.OpenCampaignAsync(organizer, ward, $"Phong trào sáng kiến chuyển đổi số ({tag})");
        var (entry, _) = await seed.SubmittedEntryAsync(citizen, open, $"Phiếu hẹn điện tử gửi qua Zalo {tag}", "Phường gửi phiếu hẹn qua Zalo.", "Nguyễn Văn An");
        var directive = await seed.DirectiveAsync(superior, department, [ward], "1234/SKHCN-QLCN", $"V/v tuyên truyền Ngày Sáng tạo thế giới 21/4 ({tag})");

        var paths = new Dictionary<string, IReadOnlyList<string>>
        {
            ["anonymous"] =
            [
                "/", "/phong-trao", $"/phong-trao/{open.Id}", $"/phong-trao/{judged.Id}", "/trung-bay", "/tra-cuu-bien-nhan",
                "/dang-nhap", "/dang-ky", "/quen-mat-khau", "/dat-lai-mat-khau",
            ],
            ["citizen"] =
            [
                "/", "/ho-so-cua-toi", $"/ho-so/{entry.Id}/bien-nhan", $"/ho-so/{entry.Id}/rut-ho-so", $"/phong-trao/{open.Id}/gui-sang-kien",
            ],
            ["organizer"] =
            [
                "/quan-ly/phong-trao", "/quan-ly/phong-trao/tao", $"/quan-ly/phong-trao/{judged.Id}", $"/quan-ly/phong-trao/{judged.Id}/sua",
                $"/quan-ly/phong-trao/{open.Id}/so-loai", $"/quan-ly/phong-trao/{judged.Id}/hoi-dong", $"/hoi-dong/{panel.Id}",
                $"/quan-ly/phong-trao/{judged.Id}/khen-thuong", $"/phong-trao/{judged.Id}/xep-hang",
                "/chi-dao", $"/chi-dao/{directive}/bao-cao/{ward}", $"/to-chuc/{ward}/ke-hoach", $"/to-chuc/{ward}/ke-hoach/tao", "/nhiem-vu",
            ],
            ["superior"] = ["/chi-dao", "/chi-dao/ban-hanh", $"/chi-dao/{directive}/tong-hop"],
            ["judge"] = ["/cham-diem", $"/cham-diem/{assignment.Id}", $"/phong-trao/{judged.Id}/xep-hang"],
            ["leader"] = ["/phe-duyet-khen-thuong", $"/phe-duyet-khen-thuong/{judged.Id}"],
            ["admin"] = ["/quan-ly/to-chuc", $"/quan-ly/to-chuc/{ward}"],
        };
        return new Scenario(emails, paths);
    }

    private sealed record Scenario(IReadOnlyDictionary<string, string> Emails, IReadOnlyDictionary<string, IReadOnlyList<string>> Paths)
    {
        public (string? Email, string? Password, IReadOnlyList<string> Paths) For(string role) => role switch
        {
            "anonymous" => (null, null, Paths[role]),
            "admin" => (BrowserFixture.AdminEmail, BrowserFixture.AdminPassword, Paths[role]),
            _ => (Emails[role], AccountSteps.Password, Paths[role]),
        };
    }
}
