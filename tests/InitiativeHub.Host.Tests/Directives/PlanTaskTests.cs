using System.Globalization;
using System.Text.Json.Nodes;
using InitiativeHub.Host.Tests.Organizations;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Directives;

/// <summary>
/// A ward answers the Sở's directive with a plan (Kế hoạch) that assigns tasks to its units, as the seed plans do; the
/// units see and report only their own tasks, and the ward's report consolidates what they did.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PlanTaskTests(HostFixture fixture)
{
    internal const string Issue = """
        mutation($input: IssueDirectiveInput!) { issueDirective(input: $input) { directive { id issuerName } errors { code message field } } }
        """;

    private const string CreatePlan = """
        mutation($input: CreatePlanInput!) { createPlan(input: $input) {
          plan { id number title organizationName directive { id } themes slogans periodStart periodEnd
                 tasks { id title dueOn status assignee { id } assigneeName } }
          errors { code message field } } }
        """;

    private const string ReportProgress = """
        mutation($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) {
          task { id status progressNote activities { kind count note } } errors { code message field } } }
        """;

    private const string MyTasks = "{ unitTasks(first: 50) { totalCount nodes { id title status assignee { id } plan { id number } } } }";

    [Fact]
    public async Task Plan_UnitsSeeOnlyTheirOwnTasks_WardSeesAll_AndTheWardReportConsolidatesTheUnits()
    {
        var orgs = await OrganizationScenario.CreateAsync(fixture);
        var department = await OrganizationScenario.CreateAsync(orgs.Admin, $"Sở Khoa học và Công nghệ {orgs.Suffix}", "DEPARTMENT", orgs.ProvinceId);
        var culture = await OrganizationScenario.CreateAsync(orgs.Admin, $"Phòng Văn hóa - Xã hội {orgs.Suffix}", "OFFICE", orgs.WardAId);
        var police = await OrganizationScenario.CreateAsync(orgs.Admin, $"Công an phường Trần Hưng Đạo {orgs.Suffix}", "POLICE", orgs.WardAId);
        var otherWardUnit = await OrganizationScenario.CreateAsync(orgs.Admin, $"Tổ công nghệ số cộng đồng {orgs.Suffix}", "COMMUNITY_DIGITAL_TEAM", orgs.WardBId);
        var sở = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", department);
        var wardA = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardAId);
        var wardB = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardBId);
        var cultureStaff = await orgs.UserWithRoleAsync(fixture, "STAFF", culture);
        var policeStaff = await orgs.UserWithRoleAsync(fixture, "STAFF", police);
        var otherWardStaff = await orgs.UserWithRoleAsync(fixture, "STAFF", otherWardUnit);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var directiveId = await IssueAsync(sở, department, [orgs.WardAId, orgs.WardBId], today);

        // A task for a unit of another ward is refused, and nothing of the plan is kept.
        var refused = await wardA.MutateAsync(CreatePlan, "createPlan", new { input = PlanInput(orgs.WardAId, directiveId, today, (culture, "Treo băng rôn"), (otherWardUnit, "Không thuộc phường")) });
        Assert.Equal("NOT_A_SUBORDINATE_UNIT", refused["errors"]?[0]?["code"]?.GetValue<string>() ?? refused.ToJsonString());
        Assert.Null(refused["plan"]);
        var noPlans = await wardA.GraphQLAsync("query($id: ID!) { plans(organizationId: $id) { id } }", new { id = orgs.WardAId });
        Assert.Empty(noPlans["data"]!["plans"]!.AsArray());

        // The plan as the seed plans write it: blank number before signing, themes, slogans, tasks to the units.
        var created = await wardA.MutateAsync(CreatePlan, "createPlan", new
        {
            input = PlanInput(orgs.WardAId, directiveId, today, (culture, "Treo băng rôn, khẩu hiệu tại trụ sở và các tổ dân phố"), (police, "Tuyên truyền trên loa truyền thanh")),
        });
        var plan = created["plan"]?.AsObject() ?? throw new InvalidOperationException(created.ToJsonString());
        Assert.Equal("/KH-UBND", plan["number"]!.GetValue<string>());
        Assert.Equal(directiveId, plan["directive"]!["id"]!.GetValue<string>());
        Assert.Equal(["Đổi mới sáng tạo vì cộng đồng"], plan["themes"]!.AsArray().Select(t => t!.GetValue<string>()));
        var tasks = plan["tasks"]!.AsArray();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("ASSIGNED", t!["status"]!.GetValue<string>()));
        var cultureTask = TaskOf(tasks, culture);
        var policeTask = TaskOf(tasks, police);

        // Each unit sees only its own task, in its list, by id and through the plan.
        Assert.Equal([cultureTask], await TaskIdsAsync(cultureStaff));
        Assert.Equal([policeTask], await TaskIdsAsync(policeStaff));
        var cultureView = await cultureStaff.GraphQLAsync(
            "query($mine: ID!, $other: ID!, $plan: ID!) { mine: node(id: $mine) { id } other: node(id: $other) { id } plan: node(id: $plan) { ... on Plan { number tasks { id } } } }",
            new { mine = cultureTask, other = policeTask, plan = plan["id"]!.GetValue<string>() });
        Assert.Equal(cultureTask, cultureView["data"]!["mine"]!["id"]!.GetValue<string>());
        Assert.Null(cultureView["data"]!["other"]);
        Assert.Equal([cultureTask], cultureView["data"]!["plan"]!["tasks"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        var stolen = await cultureStaff.MutateAsync(ReportProgress, "reportTaskProgress", new { input = new { taskId = policeTask, status = "DONE" } });
        Assert.Equal("NOT_FOUND", stolen["errors"]?[0]?["code"]?.GetValue<string>() ?? stolen.ToJsonString());

        // Another ward, and a unit of another ward, get nothing.
        Assert.Empty(await TaskIdsAsync(otherWardStaff));
        Assert.Empty(await TaskIdsAsync(wardB));
        var wardBView = await wardB.GraphQLAsync(
            "query($task: ID!, $plan: ID!, $ward: ID!) { task: node(id: $task) { id } plan: node(id: $plan) { id } plans(organizationId: $ward) { id } }",
            new { task = cultureTask, plan = plan["id"]!.GetValue<string>(), ward = orgs.WardAId });
        Assert.Null(wardBView["data"]?["task"]);
        Assert.Null(wardBView["data"]?["plan"]);
        Assert.Equal("FORBIDDEN", wardBView["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        // The ward sees all of its plan's tasks.
        Assert.Equal(new[] { cultureTask, policeTask }.Order(), (await TaskIdsAsync(wardA)).Order());
        var wardPlans = await wardA.GraphQLAsync("query($id: ID!) { plans(organizationId: $id) { id tasks { id } } }", new { id = orgs.WardAId });
        Assert.Equal(2, Assert.Single(wardPlans["data"]!["plans"]!.AsArray())!["tasks"]!.AsArray().Count);

        // The units report; a task marked done stays done, and bad input changes nothing.
        var done = await cultureStaff.MutateAsync(ReportProgress, "reportTaskProgress", new
        {
            input = new { taskId = cultureTask, status = "DONE", note = "Đã treo tại 12 tổ dân phố", activities = new[] { new { kind = "BANNERS", count = 12 } } },
        });
        Assert.Equal("DONE", done["task"]?["status"]?.GetValue<string>() ?? done.ToJsonString());
        var back = await cultureStaff.MutateAsync(ReportProgress, "reportTaskProgress", new { input = new { taskId = cultureTask, status = "IN_PROGRESS" } });
        Assert.Equal("VALIDATION", back["errors"]?[0]?["code"]?.GetValue<string>() ?? back.ToJsonString());
        var negative = await policeStaff.MutateAsync(ReportProgress, "reportTaskProgress", new { input = new { taskId = policeTask, status = "IN_PROGRESS", activities = new[] { new { kind = "BROADCASTS", count = -1 } } } });
        Assert.NotNull(negative["errors"]);
        var progress = await policeStaff.MutateAsync(ReportProgress, "reportTaskProgress", new { input = new { taskId = policeTask, status = "IN_PROGRESS", activities = new[] { new { kind = "BROADCASTS", count = 4 } } } });
        Assert.Equal("IN_PROGRESS", progress["task"]?["status"]?.GetValue<string>() ?? progress.ToJsonString());
        var cultureAfter = await cultureStaff.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on PlanTask { status progressNote activities { kind count } } } }", new { id = cultureTask });
        Assert.Equal("DONE", cultureAfter["data"]!["node"]!["status"]!.GetValue<string>());
        Assert.Equal("BANNERS=12", Activities(cultureAfter["data"]!["node"]!["activities"]!));

        // The ward's report to the Sở consolidates what its units did.
        var submitted = await wardA.MutateAsync(
            "mutation($input: SubmitUnitReportInput!) { submitUnitReport(input: $input) { report { status activities { kind count } unitActivities { kind count } } errors { code message } } }",
            "submitUnitReport",
            new { input = new { directiveId, organizationId = orgs.WardAId, activities = new[] { new { kind = "ARTICLES", count = 2 } } } });
        var report = submitted["report"] ?? throw new InvalidOperationException(submitted.ToJsonString());
        Assert.Equal("BANNERS=12;BROADCASTS=4", Activities(report["unitActivities"]!));
        Assert.Equal("BANNERS=12;ARTICLES=2;BROADCASTS=4", Activities(report["activities"]!));
    }

    internal static async Task<string> IssueAsync(ApiClient issuer, string issuerId, string[] recipientIds, DateOnly today)
    {
        var issued = await issuer.MutateAsync(Issue, "issueDirective", new
        {
            input = new
            {
                issuerId,
                code = "1456/SKHCN-QLCN",
                title = "V/v tổ chức các hoạt động hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 18/5",
                reportDueAt = DateTimeOffset.UtcNow.AddDays(7).ToString("O"),
                periodStart = Date(today.AddDays(-1)),
                periodEnd = Date(today.AddDays(1)),
                recipientIds,
            },
        });
        return issued["directive"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException(issued.ToJsonString());
    }

    private static object PlanInput(string organizationId, string directiveId, DateOnly today, params (string Unit, string Title)[] tasks) => new
    {
        organizationId,
        directiveId,
        number = "/KH-UBND",
        title = "Kế hoạch tuyên truyền hưởng ứng Ngày Khoa học và Công nghệ Việt Nam 18/5 năm 2026",
        themes = new[] { "Đổi mới sáng tạo vì cộng đồng" },
        slogans = new[] { "Sáng tạo để phát triển" },
        periodStart = Date(today.AddDays(-1)),
        periodEnd = Date(today.AddDays(30)),
        tasks = tasks.Select(t => new { assigneeId = t.Unit, title = t.Title, dueOn = Date(today.AddDays(10)) }).ToArray(),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string TaskOf(JsonArray tasks, string unitId) =>
        tasks.Single(t => t!["assignee"]!["id"]!.GetValue<string>() == unitId)!["id"]!.GetValue<string>();

    private static async Task<IReadOnlyList<string>> TaskIdsAsync(ApiClient client)
    {
        var result = await client.GraphQLAsync(MyTasks);
        var connection = result["data"]?["unitTasks"] ?? throw new InvalidOperationException(result.ToJsonString());
        return connection["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ToList();
    }

    private static string Activities(JsonNode activities) =>
        string.Join(';', activities.AsArray().Select(a => $"{a!["kind"]!.GetValue<string>()}={a["count"]!.GetValue<int>()}"));
}
