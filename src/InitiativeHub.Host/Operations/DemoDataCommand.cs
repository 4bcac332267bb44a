using System.Security.Cryptography;
using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Judging;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Host.Identity;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using static InitiativeHub.Host.Operations.DemoScenario;

namespace InitiativeHub.Host.Operations;

/// <summary>
/// <c>seed-demo</c>: fills an EMPTY data folder with a demo scenario (Lạng Sơn, three wards, an open 21/4 campaign with
/// entries, a draft 26/4 campaign, an 18/5 campaign judged, decided and published, the Sở's directive with a ward's
/// plan and report) through the use cases, as the administrator and then as the users it creates.
/// Exit code 0 when done, 2 when the folder already holds organizations or users.
/// </summary>
public static class DemoDataCommand
{
    public const string Name = "seed-demo";

    public const int RefusedExitCode = 2;

    public static async Task<int> RunAsync(WebApplication app, string siteUrl)
    {
        // Migrate first so the emptiness check can count rows; refuse before anything (the bootstrap included) writes.
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            if (await db.Organizations.AnyAsync() || await db.Users.AnyAsync())
            {
                Console.WriteLine("Từ chối: thư mục dữ liệu đã có tổ chức hoặc tài khoản. seed-demo chỉ chạy trên thư mục dữ liệu trống, để không lẫn dữ liệu mẫu vào dữ liệu thật.");
                return RefusedExitCode;
            }
        }

        // Without configured bootstrap settings, fill the cached options the bootstrap service reads at start.
        var bootstrap = app.Services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        var generatedPassword = false;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrEmpty(bootstrap.AdminPassword))
        {
            bootstrap.AdminEmail = "quantri@demo.initiativehub.vn";
            bootstrap.AdminPassword = "QuanTri-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant() + "a7";
            generatedPassword = true;
        }

        await app.StartAsync();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var summary = await SeedAsync(scope.ServiceProvider, bootstrap.AdminEmail!);
            Print(summary, siteUrl, bootstrap, generatedPassword);
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    private static async Task<Summary> SeedAsync(IServiceProvider services, string adminEmail)
    {
        var cancellationToken = CancellationToken.None;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var organizationService = services.GetRequiredService<OrganizationService>();
        var userService = services.GetRequiredService<UserService>();
        var campaignService = services.GetRequiredService<CampaignService>();
        var entryService = services.GetRequiredService<EntryService>();
        var clock = services.GetRequiredService<TimeProvider>();

        var adminUser = await users.FindByEmailAsync(adminEmail) ?? throw new InvalidOperationException("The bootstrap administrator was not created.");
        var admin = new Viewer(adminUser.Id);
        var root = adminUser.OrganizationId ?? throw new InvalidOperationException("The bootstrap administrator has no organization.");

        // The tree: province under the root, its Sở KH&CN, the wards and their units.
        var province = await organizationService.CreateAsync(admin, "UBND tỉnh Lạng Sơn", "UBND-LS", OrganizationKind.ProvincePeoplesCommittee, root, cancellationToken);
        var department = await organizationService.CreateAsync(admin, "Sở Khoa học và Công nghệ Lạng Sơn", "SKHCN-LS", OrganizationKind.Department, province.Id, cancellationToken);
        var wards = new Dictionary<string, Guid> { [Department] = department.Id };
        var units = new Dictionary<string, Guid>();
        foreach (var ward in Wards)
        {
            var created = await organizationService.CreateAsync(admin, ward.Name, ward.Code, OrganizationKind.CommunePeoplesCommittee, province.Id, cancellationToken);
            wards[ward.Code] = created.Id;
            for (var i = 0; i < ward.Units.Length; i++)
            {
                var unit = await organizationService.CreateAsync(admin, ward.Units[i].Name, null, ward.Units[i].Kind, created.Id, cancellationToken);
                units[$"{ward.Code}/{i}"] = unit.Id;
            }
        }

        // Accounts through Identity, roles through the use case (as the administrator).
        var accounts = new Dictionary<string, Guid>();
        foreach (var person in People)
        {
            var organizationId = units.TryGetValue(person.Unit, out var unitId) ? unitId : wards[person.Unit];
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = person.Email,
                Email = person.Email,
                EmailConfirmed = true,
                FullName = person.FullName,
                OrganizationId = organizationId,
                CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Account {person.Email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            await userService.GrantRoleAsync(admin, user.Id, person.Role, organizationId, cancellationToken);
            accounts[person.Email] = user.Id;
        }

        // The 21/4 campaign of phường Trần Hưng Đạo, opened by its organizer.
        var now = clock.GetUtcNow();
        var organizer = new Viewer(accounts[People.First(p => p.Role == Role.Organizer && p.Unit == TranHungDao).Email]);
        var campaign = await campaignService.CreateAsync(organizer, InnovationDayCampaign(wards[TranHungDao], now), cancellationToken);
        campaign = await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Open, cancellationToken);

        var counts = new Dictionary<Fate, int>();
        foreach (var demo in Entries)
        {
            var submitter = new Viewer(accounts[demo.Submitter]);
            var content = new EntryContent(
                demo.Title,
                Categories[demo.Category],
                DateOnly.FromDateTime(now.AddMonths(-3).Date),
                demo.Description,
                "Áp dụng được ở các phường, xã có điều kiện tương tự; cần sự phối hợp của tổ dân phố và đơn vị liên quan.",
                null,
                demo.Benefits,
                null,
                null,
                demo.Authors.Select(a => Author(a.Who, a.Share)).ToList(),
                []);
            var entry = await entryService.CreateAsync(
                submitter,
                new CreateEntryCommand(campaign.Id, campaign.Categories[demo.Category].Id, EntryKind.Initiative, SubmitterKind.Individual, Guid.Empty, null, content),
                cancellationToken);
            if (demo.Fate != Fate.Draft)
            {
                await entryService.SubmitAsync(submitter, entry.Id, null, cancellationToken);
            }

            if (demo.Fate == Fate.Accept)
            {
                await entryService.ScreenAsync(organizer, entry.Id, ScreeningDecision.Accept, "Hồ sơ đầy đủ, đúng chủ đề phong trào.", null, null, cancellationToken);
            }
            else if (demo.Fate == Fate.Return)
            {
                await entryService.ScreenAsync(
                    organizer,
                    entry.Id,
                    ScreeningDecision.Return,
                    "Đề nghị bổ sung số liệu trước và sau khi áp dụng, kèm xác nhận của Trạm Y tế phường.",
                    now.AddDays(7),
                    null,
                    cancellationToken);
            }

            counts[demo.Fate] = counts.GetValueOrDefault(demo.Fate) + 1;
        }

        // The 26/4 campaign of phường Đông Kinh stays a draft for its organizer to finish.
        var secondOrganizer = new Viewer(accounts[People.First(p => p.Role == Role.Organizer && p.Unit == DongKinh).Email]);
        var draft = await campaignService.CreateAsync(secondOrganizer, IntellectualPropertyDayCampaign(wards[DongKinh], now), cancellationToken);

        var published = await ScienceDayAsync(services, accounts, wards[TranHungDao], now, cancellationToken);
        var directive = await DirectiveAsync(services, accounts, wards, units, now, cancellationToken);

        return new Summary(campaign, draft, counts, published, directive);

        Author Author(string who, decimal share)
        {
            var person = People.FirstOrDefault(p => p.Email == who);
            return person is null
                ? new Author(who, null, "Lạng Sơn", null, null, share)
                : new Author(person.FullName, null, "Phường Trần Hưng Đạo, Lạng Sơn", null, null, share, person.Email);
        }
    }

    /// <summary>
    /// The 18/5 campaign of phường Trần Hưng Đạo, taken the whole way: entries accepted, the five judges' panel scores
    /// them, the council votes on the proposals, the leader approves under a decision number and returns one, and the
    /// organizer publishes, so the showcase has awarded entries.
    /// </summary>
    private static async Task<Campaign> ScienceDayAsync(
        IServiceProvider services, Dictionary<string, Guid> accounts, Guid wardId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var campaignService = services.GetRequiredService<CampaignService>();
        var entryService = services.GetRequiredService<EntryService>();
        var judging = services.GetRequiredService<JudgingService>();
        var awardService = services.GetRequiredService<AwardService>();
        var organizer = new Viewer(accounts[People.First(p => p.Role == Role.Organizer && p.Unit == TranHungDao).Email]);
        var leader = new Viewer(accounts[People.First(p => p.Role == Role.Leader && p.Unit == TranHungDao).Email]);

        var campaign = await campaignService.CreateAsync(organizer, ScienceDayCampaign(wardId, now), cancellationToken);
        await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Open, cancellationToken);
        var entries = new List<(ScoredEntry Demo, Guid EntryId)>();
        foreach (var demo in ScienceDayEntries)
        {
            var submitter = new Viewer(accounts[demo.Submitter]);
            var person = People.First(p => p.Email == demo.Submitter);
            var content = new EntryContent(
                demo.Title, Categories[demo.Category], DateOnly.FromDateTime(now.AddMonths(-4).Date), demo.Description,
                "Áp dụng được ở các phường có điều kiện tương tự.", null, demo.Benefits, null, null,
                [new Author(person.FullName, null, "Phường Trần Hưng Đạo, Lạng Sơn", null, null, 100m, person.Email)], []);
            var entry = await entryService.CreateAsync(
                submitter,
                new CreateEntryCommand(campaign.Id, campaign.Categories[demo.Category].Id, EntryKind.Initiative, SubmitterKind.Individual, Guid.Empty, null, content),
                cancellationToken);
            await entryService.SubmitAsync(submitter, entry.Id, null, cancellationToken);
            await entryService.ScreenAsync(organizer, entry.Id, ScreeningDecision.Accept, "Hồ sơ đầy đủ, đúng chủ đề phong trào.", null, null, cancellationToken);
            entries.Add((demo, entry.Id));
        }

        await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Screening, cancellationToken);
        await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Judging, cancellationToken);

        // The five judges of the ward, the first chairing; every judge scores every entry.
        var judges = People.Where(p => p.Role == Role.Judge && p.Unit == TranHungDao).Select(p => accounts[p.Email]).ToList();
        var panel = await judging.CreatePanelAsync(
            organizer, campaign.Id, "Hội đồng xét duyệt sáng kiến phường Trần Hưng Đạo", null,
            judges.Select((id, i) => new PanelMember(id, i == 0 ? PanelRole.Chair : i == judges.Count - 1 ? PanelRole.Secretary : PanelRole.Member)).ToList(),
            cancellationToken);
        var assignments = await judging.AssignJudgesAsync(organizer, panel.Id, judges.Count, null, null, cancellationToken);
        foreach (var assignment in assignments)
        {
            var (demo, _) = entries.Single(e => e.EntryId == assignment.EntryId);
            var points = demo.Points[judges.IndexOf(assignment.JudgeId)];
            await judging.SubmitScoreSheetAsync(
                new Viewer(assignment.JudgeId),
                assignment.Id,
                [new("NOVELTY", points[0]), new("EFFECT", points[1]), new("SCOPE", points[2]), new("FEASIBILITY", points[3])],
                null,
                cancellationToken);
        }

        await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Deliberation, cancellationToken);
        var proposed = await awardService.ProposeAsync(organizer, campaign.Id, cancellationToken);
        await judging.RecordPanelVoteAsync(
            organizer,
            new RecordPanelVoteCommand(
                Guid.Empty, panel.Id, "Thông qua danh sách đề nghị khen thưởng", BallotKind.Open, proposed.Select(a => a.EntryId).ToList(),
                null, null, judges, judges.Select(j => new PanelBallot(j, VoteChoice.Yes)).ToList(), null, null, null, null, Guid.Empty),
            cancellationToken);
        await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Approval, cancellationToken);
        await awardService.DecideAsync(
            leader,
            proposed.Select(a => entries.Single(e => e.EntryId == a.EntryId).Demo.Approve
                ? new AwardDecisionCommand(a.Id, AwardDecisionKind.Approve, null)
                : new AwardDecisionCommand(a.Id, AwardDecisionKind.Return, "Đề nghị bổ sung xác nhận của tổ dân phố về lượng nước tiết kiệm được.")).ToList(),
            "15/QĐ-UBND",
            null,
            cancellationToken);
        return await campaignService.ChangePhaseAsync(organizer, campaign.Id, CampaignPhase.Published, cancellationToken);
    }

    /// <summary>
    /// The Sở KH&amp;CN directive on 21/4 and 26/4 to the three wards; phường Trần Hưng Đạo answers with its plan, tasks for
    /// its units (one reported done) and a submitted report.
    /// </summary>
    private static async Task<Directive> DirectiveAsync(
        IServiceProvider services, Dictionary<string, Guid> accounts, Dictionary<string, Guid> wards, Dictionary<string, Guid> units,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var directiveService = services.GetRequiredService<DirectiveService>();
        var planService = services.GetRequiredService<PlanService>();
        var issuer = new Viewer(accounts[People.First(p => p.Unit == Department).Email]);
        var wardOrganizer = new Viewer(accounts[People.First(p => p.Role == Role.Organizer && p.Unit == TranHungDao).Email]);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, VietnamTimeZone).DateTime);

        var directive = await directiveService.IssueAsync(
            issuer,
            wards[Department],
            new DirectiveDraft(
                "512/SKHCN-QLCN&TĐC",
                "Phối hợp tuyên truyền hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) và Ngày Sở hữu trí tuệ thế giới (26/4) năm 2026",
                today.AddDays(-10),
                today.AddDays(20),
                now.AddDays(25),
                [
                    "Công văn số 440/SHTT-NĐHT ngày 30/01/2026 của Cục Sở hữu trí tuệ về việc hưởng ứng Ngày Sở hữu trí tuệ thế giới năm 2026",
                    "Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ về việc hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21/4 năm 2026",
                ],
                "Treo băng rôn, khẩu hiệu; đưa tin trên trang thông tin điện tử và hệ thống truyền thanh cơ sở; báo cáo kết quả về Sở Khoa học và Công nghệ."),
            Wards.Select(w => wards[w.Code]).ToList(),
            cancellationToken);

        var plan = await planService.CreateAsync(
            wardOrganizer,
            wards[TranHungDao],
            directive.Id,
            new PlanDraft(
                "45/KH-UBND",
                "Kế hoạch hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4); Ngày Sở hữu trí tuệ thế giới (26/4); Ngày Khoa học và Công nghệ Việt Nam (18/5) năm 2026",
                Themes,
                Slogans,
                today.AddDays(-10),
                today.AddDays(20),
                null),
            [
                new(units[TranHungDao + "/0"], "Treo băng rôn, khẩu hiệu tại trụ sở và các tuyến phố chính", null, today.AddDays(5)),
                new(units[TranHungDao + "/1"], "Đưa tin, bài trên trang thông tin điện tử và hệ thống truyền thanh phường", null, today.AddDays(10)),
                new(units[TranHungDao + "/3"], "Tổ chức hoạt động trải nghiệm khoa học cho học sinh", null, today.AddDays(15)),
            ],
            cancellationToken);

        // The staff member of the culture office reports the news task done.
        var staff = People.First(p => p.Role == Role.Staff && p.Unit == TranHungDao + "/1");
        var newsTask = (await planService.ListTasksOfPlanAsync(wardOrganizer, plan, cancellationToken)).Single(t => t.AssigneeId == units[TranHungDao + "/1"]);
        await planService.ReportProgressAsync(
            new Viewer(accounts[staff.Email]), newsTask.Id, PlanTaskStatus.Done, "Đã đăng 3 tin, bài và phát 6 lượt trên loa truyền thanh.",
            [new ActivityCount(ActivityKinds.Articles, 3, null), new ActivityCount(ActivityKinds.Broadcasts, 6, null)], cancellationToken);

        await directiveService.SaveReportAsync(
            wardOrganizer,
            directive.Id,
            wards[TranHungDao],
            [
                new ActivityCount(ActivityKinds.Banners, 12, "Trụ sở UBND phường và các tuyến phố chính"),
                new ActivityCount(ActivityKinds.Articles, 3, "Trang thông tin điện tử phường"),
                new ActivityCount(ActivityKinds.Broadcasts, 6, null),
                new ActivityCount(ActivityKinds.Events, 1, "Ngày hội trải nghiệm khoa học tại Trường THCS Trần Hưng Đạo"),
                new ActivityCount(ActivityKinds.Participants, 350, null),
            ],
            "UBND phường Trần Hưng Đạo đã ban hành Kế hoạch số 45/KH-UBND, giao nhiệm vụ cho các đơn vị và tổ chức tuyên truyền theo đề nghị của Sở.",
            true,
            cancellationToken);
        return directive;
    }

    private static readonly TimeZoneInfo VietnamTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static CreateCampaignCommand ScienceDayCampaign(Guid organizerId, DateTimeOffset now) => new(
        organizerId,
        "18-5-2026",
        "Phong trào sáng kiến chào mừng Ngày Khoa học và Công nghệ Việt Nam 18/5/2026",
        CampaignKind.EmulationMovement,
        Occasion.VietnamScienceAndTechnologyDay,
        Themes,
        [Slogans[1]],
        LegalBasis,
        now.AddMinutes(-5),
        now.AddDays(1),
        false,
        false,
        Categories,
        [
            new("NOVELTY", "Tính mới, tính sáng tạo", null, 30m, null),
            new("EFFECT", "Hiệu quả kinh tế - xã hội", null, 30m, null),
            new("SCOPE", "Khả năng áp dụng, nhân rộng", null, 25m, null),
            new("FEASIBILITY", "Tính khả thi, chi phí hợp lý", null, 15m, null),
        ],
        50m,
        Aggregation.Mean,
        20m,
        ["NOVELTY", "EFFECT"],
        [
            new("Giải Nhất", AwardForm.Prize, 1, 85m),
            new("Giải Nhì", AwardForm.Prize, 1, 75m),
            new("Giải Ba", AwardForm.Prize, 1, 65m),
        ],
        10_000_000,
        null,
        Guid.Empty);

    private static CreateCampaignCommand InnovationDayCampaign(Guid organizerId, DateTimeOffset now) => new(
        organizerId,
        "21-4-2026",
        "Phong trào thi đua đổi mới sáng tạo hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới (21/4) năm 2026",
        CampaignKind.EmulationMovement,
        Occasion.WorldCreativityAndInnovationDay,
        Themes,
        Slogans,
        LegalBasis,
        now.AddMinutes(-5),
        now.AddDays(30),
        false,
        true,
        Categories,
        [
            new("NOVELTY", "Tính mới, tính sáng tạo", "Giải pháp chưa được áp dụng trên địa bàn phường", 30m, null),
            new("EFFECT", "Hiệu quả kinh tế - xã hội", "Lợi ích đo được cho người dân và cơ quan", 30m, null),
            new("SCOPE", "Khả năng áp dụng, nhân rộng", "Có thể áp dụng ở tổ dân phố, đơn vị khác", 25m, null),
            new("FEASIBILITY", "Tính khả thi, chi phí hợp lý", null, 15m, null),
        ],
        50m,
        Aggregation.Mean,
        20m,
        ["NOVELTY", "EFFECT"],
        [
            new("Giải Nhất", AwardForm.Prize, 1, 85m),
            new("Giải Nhì", AwardForm.Prize, 2, 75m),
            new("Giải Ba", AwardForm.Prize, 3, 65m),
            new("Giải Khuyến khích", AwardForm.CertificateOfMerit, 5, 50m),
        ],
        10_000_000,
        null,
        Guid.Empty);

    private static CreateCampaignCommand IntellectualPropertyDayCampaign(Guid organizerId, DateTimeOffset now) => new(
        organizerId,
        "26-4-2026",
        "Cuộc thi sáng tạo hưởng ứng Ngày Sở hữu trí tuệ thế giới (26/4) năm 2026",
        CampaignKind.Contest,
        Occasion.WorldIntellectualPropertyDay,
        ["Sở hữu trí tuệ và Thể thao: Sẵn sàng - Bắt đầu - Đổi mới"],
        ["Nhiệt liệt chào mừng Ngày Sở hữu trí tuệ thế giới 26/4"],
        ["Công văn số 440/SHTT-NĐHT ngày 30/01/2026 của Cục Sở hữu trí tuệ về việc hưởng ứng Ngày Sở hữu trí tuệ thế giới năm 2026"],
        now.AddDays(7),
        now.AddDays(45),
        true,
        true,
        ["Sáng tạo trong thể thao cộng đồng", "Bảo hộ nhãn hiệu sản phẩm địa phương"],
        [
            new("NOVELTY", "Tính mới, tính sáng tạo", null, 40m, null),
            new("EFFECT", "Hiệu quả và khả năng bảo hộ", null, 40m, null),
            new("SCOPE", "Khả năng nhân rộng", null, 20m, null),
        ],
        50m,
        Aggregation.Mean,
        20m,
        ["NOVELTY"],
        [
            new("Giải Nhất", AwardForm.Prize, 1, 80m),
            new("Giải Khuyến khích", AwardForm.CertificateOfMerit, 3, 50m),
        ],
        10_000_000,
        null,
        Guid.Empty);

    private static void Print(Summary summary, string siteUrl, BootstrapOptions bootstrap, bool generatedPassword)
    {
        var site = siteUrl.TrimEnd('/');
        Console.WriteLine("Đã tạo dữ liệu mẫu InitiativeHub.");
        Console.WriteLine();
        Console.WriteLine("Tổ chức: " + bootstrap.RootOrganizationName + " > UBND tỉnh Lạng Sơn > Sở Khoa học và Công nghệ Lạng Sơn; "
            + string.Join(", ", Wards.Select(w => $"{w.Name} ({w.Units.Length} đơn vị)")) + ".");
        Console.WriteLine($"Phong trào đang mở: {summary.Open.Title} (id {summary.Open.Id}), hạn nộp {summary.Open.SubmissionClosesAt:dd/MM/yyyy}.");
        Console.WriteLine($"  Hồ sơ: {Entries.Length} ({summary.Counts.GetValueOrDefault(Fate.Submit)} đã nộp, {summary.Counts.GetValueOrDefault(Fate.Accept)} đã tiếp nhận, "
            + $"{summary.Counts.GetValueOrDefault(Fate.Return)} trả lại để bổ sung, {summary.Counts.GetValueOrDefault(Fate.Draft)} bản nháp).");
        Console.WriteLine($"Phong trào bản nháp: {summary.Draft.Title} (id {summary.Draft.Id}).");
        Console.WriteLine($"Phong trào đã công bố kết quả: {summary.Published.Title} (id {summary.Published.Id}): {ScienceDayEntries.Length} hồ sơ chấm bởi hội đồng 5 giám khảo, "
            + $"biểu quyết của hội đồng, Quyết định số 15/QĐ-UBND khen thưởng {ScienceDayEntries.Count(e => e.Approve)} sáng kiến (xem {site}/trung-bay).");
        Console.WriteLine($"Văn bản chỉ đạo: {summary.Directive.Code} của Sở Khoa học và Công nghệ Lạng Sơn gửi {Wards.Length} phường; "
            + "UBND phường Trần Hưng Đạo ban hành Kế hoạch số 45/KH-UBND, giao 3 nhiệm vụ (1 đã hoàn thành) và đã gửi báo cáo.");
        Console.WriteLine();
        Console.WriteLine($"Trang web: {site}/   Đăng nhập: {site}/dang-nhap   GraphQL: {site}/graphql");
        Console.WriteLine("Khởi động máy chủ với cùng thư mục dữ liệu: dotnet run --project src/InitiativeHub.Host");
        Console.WriteLine();
        Console.WriteLine("Tài khoản:");
        Console.WriteLine($"- Quản trị: {bootstrap.AdminFullName} <{bootstrap.AdminEmail}> mật khẩu: "
            + (generatedPassword ? bootstrap.AdminPassword : "(theo cấu hình InitiativeHub:Bootstrap)"));
        foreach (var person in People)
        {
            Console.WriteLine($"- {RoleLabel(person.Role)}: {person.FullName} <{person.Email}>");
        }

        Console.WriteLine($"Mật khẩu chung của các tài khoản trên (trừ quản trị): {Password}");
    }

    private static string RoleLabel(Role role) => role switch
    {
        Role.Organizer => "Ban tổ chức",
        Role.Leader => "Lãnh đạo",
        Role.Judge => "Giám khảo",
        Role.Staff => "Cán bộ",
        Role.Citizen => "Người dân",
        _ => role.ToString(),
    };

    private sealed record Summary(Campaign Open, Campaign Draft, Dictionary<Fate, int> Counts, Campaign Published, Directive Directive);
}
