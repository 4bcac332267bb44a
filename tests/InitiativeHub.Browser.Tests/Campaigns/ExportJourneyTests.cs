using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using InitiativeHub.Application.Access;
using InitiativeHub.Application.Judging;
using InitiativeHub.Browser.Tests.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Judging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InitiativeHub.Browser.Tests.Campaigns;

/// <summary>
/// The organizer's exports: from the campaign management page, the entry list and the judges' score sheets are
/// produced as XLSX, the progress bar ends at 100, and the downloaded workbooks hold the Vietnamese content.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone-390x844")]
    [InlineData("laptop-1366x768")]
    public async Task Organizer_ExportsEntriesAndScoreSheets_SeesProgressReach100_DownloadsVietnameseWorkbooks(string screenName)
    {
        // Arrange: a judged campaign (two accepted entries, two judges, one of whom has scored both).
        var screen = ScreenSize.All.Single(size => size.Name == screenName);
        var seed = new Seed(fixture);
        var judging = new JudgingSeed(fixture);
        var tag = JourneySteps.Tag();
        var ward = await seed.WardAsync($"UBND phường Đông Kinh {tag}");
        var organizerEmail = AccountSteps.NewEmail("to.chuc");
        var organizer = await seed.UserAsync(organizerEmail, "Hoàng Văn Nam");
        await seed.GrantOrganizerAsync(organizer, ward);
        var citizen = await seed.UserAsync(AccountSteps.NewEmail("cong.dan"), "Nguyễn Văn An");
        var title = $"Hội thi sáng kiến cải cách hành chính ({tag})";
        var campaign = await judging.OpenCampaignAsync(organizer, ward, title, blindReview: false);
        string[] titles = [$"Tra cứu hồ sơ một cửa bằng mã QR {tag}", $"Phiếu hẹn điện tử gửi qua Zalo {tag}"];
        foreach (var entryTitle in titles)
        {
            await judging.AcceptedEntryAsync(organizer, citizen, campaign, entryTitle, "Nguyễn Văn An");
        }

        var scorer = await seed.UserAsync(AccountSteps.NewEmail("giam.khao"), "Lương Thị Hoa");
        var other = await seed.UserAsync(AccountSteps.NewEmail("giam.khao"), "Nông Văn Dũng");
        await judging.MoveToAsync(organizer, campaign, CampaignPhase.Screening, CampaignPhase.Judging);
        var panel = await judging.PanelAsync(organizer, campaign, $"Hội đồng xét sáng kiến {tag}", scorer, other);
        var assignments = await judging.AssignAsync(organizer, panel, 2);
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<JudgingService>();
            foreach (var assignment in assignments.Where(a => a.JudgeId == scorer))
            {
                await service.SubmitScoreSheetAsync(
                    new Viewer(scorer), assignment.Id,
                    [new CriterionScore("TM", 20), new CriterionScore("HQ", 30), new CriterionScore("NR", 20)], "Giải pháp thiết thực, dễ nhân rộng.", CancellationToken.None);
            }
        }

        await using var browser = await fixture.OpenAsync(screen, nameof(Organizer_ExportsEntriesAndScoreSheets_SeesProgressReach100_DownloadsVietnameseWorkbooks));
        var page = browser.Page;
        await AccountSteps.SignInAsync(browser, organizerEmail, AccountSteps.Password);
        await browser.GotoAsync($"/quan-ly/phong-trao/{campaign.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        // Act + assert: the entry list.
        var entriesPath = await ExportAsync(browser, "entries-export", "Xuất danh sách hồ sơ", "entries");
        var entryRows = ReadSheets(entriesPath).Single();
        Assert.Equal("Danh sách hồ sơ", entryRows.Name);
        Assert.Equal($"DANH SÁCH HỒ SƠ - {title}", entryRows.Rows[0][0]);
        Assert.Equal("Tên sáng kiến / mô hình", entryRows.Rows[1][2]);
        Assert.Equal(titles.Order(StringComparer.Ordinal), entryRows.Rows.Skip(2).Select(row => row[2]).Order(StringComparer.Ordinal));
        Assert.All(entryRows.Rows.Skip(2), row => Assert.Equal("Nguyễn Văn An (100%)", row[5]));

        // The score sheets: one worksheet per judge, named after the judge.
        var sheetsPath = await ExportAsync(browser, "score-sheets-export", "Xuất phiếu chấm", "score-sheets");
        var sheets = ReadSheets(sheetsPath);
        Assert.Equal(["Lương Thị Hoa", "Nông Văn Dũng"], sheets.Select(sheet => sheet.Name).Order(StringComparer.Ordinal));
        var scored = sheets.Single(sheet => sheet.Name == "Lương Thị Hoa").Rows;
        Assert.Equal($"PHIẾU CHẤM - {title}", scored[0][0]);
        Assert.StartsWith("Giám khảo: Lương Thị Hoa", scored[1][0], StringComparison.Ordinal);
        Assert.Equal("Tổng điểm", scored[2][^3]);
        Assert.All(scored.Skip(3), row => Assert.Equal("Giải pháp thiết thực, dễ nhân rộng.", row[^2]));
        Assert.Equal(2, scored.Count - 3);
        Assert.All(sheets.SelectMany(sheet => sheet.Rows).SelectMany(row => row), cell => Assert.True(cell?.IsNormalized(NormalizationForm.FormC) ?? true, $"Not NFC: {cell}"));
        browser.AssertNoBrowserErrors();
    }

    /// <summary>Starts the panel's XLSX export, waits for the bar to reach 100 and the link, downloads; returns the file.</summary>
    private static async Task<string> ExportAsync(BrowserSession browser, string panelId, string heading, string step)
    {
        var panel = browser.Page.Locator($"#{panelId}[data-ready='true']");
        await Expect(panel).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(heading);
        await panel.GetByRole(AriaRole.Button, new() { Name = "Xuất tệp XLSX" }).ClickAsync();
        var link = panel.GetByRole(AriaRole.Link).Filter(new() { HasText = "Tải về" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(panel.GetByLabel("Đã xuất xong tệp XLSX.")).ToHaveAttributeAsync("value", "100");
        await JourneySteps.AssertFitsTheScreenAsync(browser);
        await panel.ScrollIntoViewIfNeededAsync();
        await browser.ScreenshotAsync($"{step}-ready");
        var download = await browser.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        return await download.PathAsync();
    }

    private static List<(string Name, List<List<string?>> Rows)> ReadSheets(string path)
    {
        using var workbook = SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        return part.Workbook.Sheets!.Elements<Sheet>()
            .Select(sheet => (
                sheet.Name!.Value!,
                ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
                    .Select(row => row.Elements<Cell>().Select(cell => cell.InlineString?.InnerText ?? cell.CellValue?.Text).ToList())
                    .ToList()))
            .ToList();
    }
}
