using System.Text;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Campaigns;
using InitiativeHub.Host.Tests.Entries;
using InitiativeHub.Host.Tests.Judging;
using InitiativeHub.Host.Tests.Organizations;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Authorization;

/// <summary>
/// Two wards under one province, an actor for every role in and out of ward A's scope, and ward A's objects in every
/// state the matrix needs: an open campaign with a draft, a submitted and a withdrawable entry; a campaign in judging
/// with an accepted entry, a panel and a judge's assignment; a scored campaign in approval with one proposed award.
/// </summary>
public sealed class AuthorizationWorld
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>Actors in the order the matrix runs them (denied ones of a row first, whatever this order).</summary>
    public static readonly string[] ActorNames = ["anon", "outsider", "orgB", "judge", "leader", "owner", "orgA", "dept", "admin"];

    public required IReadOnlyDictionary<string, ApiClient> Actors { get; init; }

    public required string WardAId { get; init; }

    public required string WardBId { get; init; }

    public required string OpenCampaignId { get; init; }

    public required string CategoryId { get; init; }

    public required string JudgingCampaignId { get; init; }

    public required string DraftEntryId { get; init; }

    public required string SubmittedEntryId { get; init; }

    public required string WithdrawableEntryId { get; init; }

    public required string AcceptedEntryId { get; init; }

    public required string PanelId { get; init; }

    public required string AssignmentId { get; init; }

    public required string ReceiptNumber { get; init; }

    public required string ReceiptDigest { get; init; }

    public required string SpareUserId { get; init; }

    public required string NotificationIdOfOwner { get; init; }

    public required string DepartmentId { get; init; }

    public required string DirectiveId { get; init; }

    public required string UnitId { get; init; }

    public required string TaskId { get; init; }

    public required string[] MergeableUnitIds { get; init; }

    public required string AwardCampaignId { get; init; }

    public required string ProposedAwardId { get; init; }

    public static async Task<AuthorizationWorld> CreateAsync(HostFixture fixture)
    {
        var organizations = await OrganizationScenario.CreateAsync(fixture);
        var orgA = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardAId);
        var orgB = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", organizations.WardBId);
        var departmentId = await OrganizationScenario.CreateAsync(organizations.Admin, $"Sở Khoa học và Công nghệ {organizations.Suffix}", "DEPARTMENT", organizations.ProvinceId);
        var dept = await organizations.UserWithRoleAsync(fixture, "ORGANIZER", departmentId);
        var leader = await organizations.UserWithRoleAsync(fixture, "LEADER", organizations.WardAId);
        var judge = await JudgingOperations.JudgeAsync(fixture, organizations, organizations.WardAId);
        var secondJudge = await JudgingOperations.JudgeAsync(fixture, organizations, organizations.WardAId);
        var owner = fixture.CreateClient();
        await owner.SignUpAsync($"chu.so.huu.{Guid.NewGuid():N}@example.vn");
        var outsider = fixture.CreateClient();
        await outsider.SignUpAsync($"nguoi.ngoai.{Guid.NewGuid():N}@example.vn");
        var spareUserId = await fixture.CreateClient().SignUpAsync($"du.phong.{Guid.NewGuid():N}@example.vn");

        var open = await CampaignScenario.CreateOpenCampaignAsync(orgA, organizations.WardAId, TimeSpan.FromDays(30));
        var openId = open["id"]!.GetValue<string>();
        var categoryId = open["categories"]![0]!["id"]!.GetValue<string>();
        var draft = await CreateEntryAsync(owner, openId, categoryId, "Bản nháp sổ tay điện tử");
        // Invented words: the shared host also holds other tests' awarded (public) entries, which similarEntries may
        // rightly show to anyone; this title resembles none of them.
        var submitted = await CreateEntryAsync(owner, openId, categoryId, "Xkqzvy qộmbrư wjpqlm");
        var receipt = (await owner.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId = submitted } }))["receipt"]!;
        var withdrawable = await CreateEntryAsync(owner, openId, categoryId, "Loa truyền thanh thông minh");
        await owner.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId = withdrawable } });

        var judging = await CampaignScenario.CreateOpenCampaignAsync(orgA, organizations.WardAId, TimeSpan.FromDays(30));
        var judgingId = judging["id"]!.GetValue<string>();
        var accepted = await CreateEntryAsync(owner, judgingId, judging["categories"]![0]!["id"]!.GetValue<string>(), "Bản đồ số điểm tiêm chủng");
        await owner.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId = accepted } });
        await orgA.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId = accepted, decision = "ACCEPT" } });
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await orgA.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId = judgingId, phase } });
        }

        var panel = await orgA.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(judgingId, [judge, secondJudge]));
        var panelId = panel["panel"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(panel.ToJsonString());
        await orgA.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = 2 } });
        var assignments = await judge.Client.GraphQLAsync(JudgingOperations.MyAssignments, new { c = judgingId });
        var assignmentId = assignments["data"]!["assignments"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var (awardCampaignId, proposedAwardId) = await ProposedAwardAsync(orgA, owner, [judge, secondJudge], organizations.WardAId);

        var notifications = await owner.GraphQLAsync("{ notifications(first: 5) { id } }");
        var notificationId = notifications["data"]!["notifications"]!.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException("The owner has no notification: " + notifications.ToJsonString());

        var directive = await dept.MutateAsync(
            "mutation($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id } errors { code message } } }",
            "issueDirective",
            new { input = DirectiveInput(departmentId, [organizations.WardAId, organizations.WardBId]) });
        var directiveId = directive["directive"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(directive.ToJsonString());

        var unitId = await OrganizationScenario.CreateAsync(organizations.Admin, $"Tổ dân phố số 1 {organizations.Suffix}", "RESIDENTIAL_GROUP", organizations.WardAId);
        var mergeFrom = await OrganizationScenario.CreateAsync(organizations.Admin, $"Tổ dân phố số 2 {organizations.Suffix}", "RESIDENTIAL_GROUP", organizations.WardAId);
        var mergeInto = await OrganizationScenario.CreateAsync(organizations.Admin, $"Tổ dân phố số 3 {organizations.Suffix}", "RESIDENTIAL_GROUP", organizations.WardAId);
        var plan = await orgA.MutateAsync(CreatePlan, "createPlan", new { input = PlanInput(organizations.WardAId, unitId, "45/KH-UBND") });
        var taskId = plan["plan"]?["tasks"]?[0]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(plan.ToJsonString());

        return new AuthorizationWorld
        {
            Actors = new Dictionary<string, ApiClient>
            {
                ["anon"] = fixture.CreateClient(),
                ["outsider"] = outsider,
                ["orgB"] = orgB,
                ["judge"] = judge.Client,
                ["leader"] = leader,
                ["owner"] = owner,
                ["orgA"] = orgA,
                ["dept"] = dept,
                ["admin"] = organizations.Admin,
            },
            WardAId = organizations.WardAId,
            WardBId = organizations.WardBId,
            OpenCampaignId = openId,
            CategoryId = categoryId,
            JudgingCampaignId = judgingId,
            DraftEntryId = draft,
            SubmittedEntryId = submitted,
            WithdrawableEntryId = withdrawable,
            AcceptedEntryId = accepted,
            PanelId = panelId,
            AssignmentId = assignmentId,
            ReceiptNumber = receipt["number"]!.GetValue<string>(),
            ReceiptDigest = receipt["digest"]!.GetValue<string>(),
            SpareUserId = spareUserId,
            NotificationIdOfOwner = notificationId,
            DepartmentId = departmentId,
            DirectiveId = directiveId,
            UnitId = unitId,
            TaskId = taskId,
            MergeableUnitIds = [mergeFrom, mergeInto],
            AwardCampaignId = awardCampaignId,
            ProposedAwardId = proposedAwardId,
        };
    }

    public const string CreatePlan =
        "mutation($input: CreatePlanInput!) { createPlan(input: $input) { plan { id tasks { id } } errors { code message } } }";

    /// <summary>A ward's plan with one task for one of its units.</summary>
    public static object PlanInput(string organizationId, string unitId, string number) => new
    {
        organizationId,
        number,
        title = "Kế hoạch hưởng ứng Ngày Sáng tạo Việt Nam 21/4",
        periodStart = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        periodEnd = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
        tasks = new[] { new { assigneeId = unitId, title = "Treo băng rôn tại nhà văn hóa", dueOn = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd") } },
    };

    /// <summary>A directive as seed 002's: report due in ten days, the period around today.</summary>
    public static object DirectiveInput(string issuerId, string[] recipientIds) => new
    {
        issuerId,
        code = "1456/SKHCN-QLCN",
        title = "Hưởng ứng Ngày Sáng tạo và Đổi mới sáng tạo thế giới 21/4",
        reportDueAt = DateTimeOffset.UtcNow.AddDays(10).ToString("O"),
        periodStart = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd"),
        periodEnd = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"),
        recipientIds,
    };

    /// <summary>A campaign of ward A whose one entry both judges scored 90, in APPROVAL with that entry's award proposed.</summary>
    private static async Task<(string CampaignId, string AwardId)> ProposedAwardAsync(ApiClient orgA, ApiClient owner, JudgeAccount[] judges, string wardId)
    {
        var campaign = await CampaignScenario.CreateOpenCampaignAsync(orgA, wardId, TimeSpan.FromDays(30));
        var campaignId = campaign["id"]!.GetValue<string>();
        var entryId = await CreateEntryAsync(owner, campaignId, campaign["categories"]![0]!["id"]!.GetValue<string>(), "Sổ tay đảng viên điện tử");
        await owner.MutateAsync(EntryOperations.Submit, "submitEntry", new { input = new { entryId } });
        await orgA.MutateAsync(EntryOperations.Screen, "screenEntry", new { input = new { entryId, decision = "ACCEPT" } });
        foreach (var phase in new[] { "SCREENING", "JUDGING" })
        {
            await orgA.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId, phase } });
        }

        var panel = await orgA.MutateAsync(JudgingOperations.CreatePanel, "createPanel", JudgingOperations.PanelInput(campaignId, judges, "Hội đồng khen thưởng"));
        var panelId = panel["panel"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(panel.ToJsonString());
        var assigned = await orgA.MutateAsync(JudgingOperations.AssignJudges, "assignJudges", new { input = new { panelId, judgesPerEntry = 2 } });
        foreach (var judge in judges)
        {
            var assignmentId = assigned["assignments"]!.AsArray().Single(a => a!["judge"]!["id"]!.GetValue<string>() == judge.UserId)!["id"]!.GetValue<string>();
            var scores = new object[] { new { criterionCode = "NOVELTY", points = 28 }, new { criterionCode = "EFFECT", points = 36 }, new { criterionCode = "SCOPE", points = 26 } };
            var sheet = await judge.Client.MutateAsync(JudgingOperations.SubmitScoreSheet, "submitScoreSheet", new { input = new { assignmentId, scores } });
            _ = sheet["assignment"]?["id"] ?? throw new InvalidOperationException(sheet.ToJsonString());
        }

        await orgA.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId, phase = "DELIBERATION" } });
        var proposed = await orgA.MutateAsync(
            "mutation($input: ProposeAwardsInput!) { proposeAwards(input: $input) { awards { id } errors { code message } } }",
            "proposeAwards",
            new { input = new { campaignId } });
        var awardId = proposed["awards"]?[0]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(proposed.ToJsonString());
        await orgA.MutateAsync(CampaignScenario.ChangePhase, "changeCampaignPhase", new { input = new { campaignId, phase = "APPROVAL" } });
        return (campaignId, awardId);
    }

    private static async Task<string> CreateEntryAsync(ApiClient owner, string campaignId, string categoryId, string title)
    {
        var created = await owner.MutateAsync(EntryOperations.Create, "createEntry", EntryOperations.NewEntry(campaignId, categoryId, title));
        return created["entry"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(created.ToJsonString());
    }

    /// <summary>Sends a GraphQL document as <paramref name="actor"/>.</summary>
    public static Task<JsonObject> SendAsync(ApiClient actor, string document, object? variables) =>
        actor.GraphQLAsync(document, variables, TestContext.Current.CancellationToken);

    /// <summary>Sends <c>addAttachment</c> as a multipart request; returns the whole response shaped like a GraphQL body.</summary>
    public static async Task<JsonObject> UploadAsync(ApiClient actor, string entryId)
    {
        try
        {
            var payload = await MultipartUpload.AddAttachmentAsync(actor, entryId, "thuyet-minh.pdf", Pdf, "application/pdf", TestContext.Current.CancellationToken);
            return new JsonObject { ["data"] = new JsonObject { ["addAttachment"] = payload.DeepClone() } };
        }
        catch (InvalidOperationException ex)
        {
            var at = ex.Message.IndexOf('{', StringComparison.Ordinal);
            return at >= 0 ? JsonNode.Parse(ex.Message[at..])!.AsObject() : throw new InvalidOperationException(ex.Message, ex);
        }
    }
}
