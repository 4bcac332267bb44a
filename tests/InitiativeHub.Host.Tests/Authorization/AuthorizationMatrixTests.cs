using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Authorization;

/// <summary>
/// Every query and mutation of the served schema, tried by every kind of actor, in and out of ward A's scope. The
/// expected outcome of each is written in the table below; a schema field without a row fails
/// <see cref="EveryQueryAndMutation_HasARow"/>. Outcomes: A = allowed (any answer that is not an authorization
/// refusal: data, or a business error such as INVALID_STATE), U = UNAUTHENTICATED, F = FORBIDDEN, N = NOT_FOUND (the
/// object is hidden from this actor), H = hidden without an error (null, or an empty list).
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class AuthorizationMatrixTests(HostFixture fixture)
{
    /// <summary>Columns: anon outsider orgB judge leader owner orgA dept admin.</summary>
    private static readonly MatrixRow[] _rows =
    [
        // ---- queries
        Query("node", "A: H H H H H A A H A", "query($id: ID!) { node(id: $id) { id } }", w => new { id = w.SubmittedEntryId }),
        Query("nodes", "A: H H H H H A A H A", "query($id: ID!) { nodes(ids: [$id]) { id } }", w => new { id = w.SubmittedEntryId }),
        Query("viewer", "A: H A A A A A A A A", "{ viewer { id } }", _ => null),
        Query("organizations", "A: A A A A A A A A A", "{ organizations(first: 5) { nodes { id } } }", _ => null),
        Query("campaigns", "A: A A A A A A A A A", "{ campaigns(first: 5) { nodes { id } } }", _ => null),
        Query("entries", "A: U H H H H A A H A", "query($c: ID!) { entries(campaignId: $c, first: 5) { nodes { id } } }", w => new { c = w.OpenCampaignId }),
        Query("similarEntries", "A: H H H H H A A H A", "query($c: ID!) { similarEntries(campaignId: $c, title: \"Xkqzvy qộmbrư wjpqlm\") { similarity } }", w => new { c = w.OpenCampaignId }),
        Query("verifyReceipt", "A: A A A A A A A A A", "query($n: String!, $d: String!) { verifyReceipt(number: $n, digest: $d) { valid } }", w => new { n = w.ReceiptNumber, d = w.ReceiptDigest }),
        Query("assignments", "A: U H H A H H H H H", "query($c: ID!) { assignments(campaignId: $c, first: 5) { nodes { id } } }", w => new { c = w.JudgingCampaignId }),
        Query("panels", "A: U H H A H H A H A", "query($c: ID!) { panels(campaignId: $c) { id } }", w => new { c = w.JudgingCampaignId }),
        Query("ranking", "A: U F F H F F H F H", "query($c: ID!) { ranking(campaignId: $c, first: 5) { nodes { rank } } }", w => new { c = w.JudgingCampaignId }),
        Query("directives", "A: U H A H A H A A A", "{ directives(first: 5) { nodes { id } } }", _ => null),
        Query("directiveAggregate", "A: U N F N F N F A A", "query($d: ID!) { directiveAggregate(directiveId: $d) { __typename } }", w => new { d = w.DirectiveId }),
        Query("directiveFigureItems", "A: U N F N F N F A A", "query($d: ID!) { directiveFigureItems(directiveId: $d, figure: ENTRIES_SUBMITTED) { title } }", w => new { d = w.DirectiveId }),
        Query("plans", "A: U F F F A F A F A", "query($o: ID!) { plans(organizationId: $o) { id } }", w => new { o = w.WardAId }),
        Query("unitTasks", "A: U H H H A H A H A", "{ unitTasks(first: 5) { nodes { id } } }", _ => null),
        Query("awards", "A: H H H H A H A H A", "query($c: ID!) { awards(campaignId: $c, first: 5) { nodes { id } } }", w => new { c = w.AwardCampaignId }),
        // Public: nobody is refused (nothing of this world is published, so every actor sees an empty page).
        Query("showcase", "A: H H H H H H H H H", "query($s: String) { showcase(search: $s, first: 5) { nodes { award { id } } } }", w => new { s = "Sổ tay đảng viên điện tử " + w.AwardCampaignId }),
        Query("notifications", "A: U H A H A A A H H", "{ notifications(first: 5) { id } }", _ => null),

        // ---- mutations (a row's refused actors run before its allowed ones, so state changes cannot hide a refusal)
        Mutation("createOrganization", "A: U F F F F F A F A", "createOrganization", "CreateOrganizationInput", "organization { id }",
            w => new { name = "Tổ dân phố số 9", kind = "RESIDENTIAL_GROUP", parentId = w.WardAId }),
        Mutation("grantRole", "A: U F F F F F A F A", "grantRole", "GrantRoleInput", "user { id }",
            w => new { userId = w.SpareUserId, role = "STAFF", organizationId = w.WardAId }),
        Mutation("createCampaign", "A: U F F F F F A F A", "createCampaign", "CreateCampaignInput", "campaign { id }",
            w => Campaigns.CampaignScenario.Input(w.WardAId, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(10))),
        Mutation("updateCampaign", "A: U F F F F F A F A", "updateCampaign", "UpdateCampaignInput", "campaign { id }",
            w => new { campaignId = w.OpenCampaignId, slogans = new[] { "Sáng tạo vì cộng đồng", "Đổi mới để phục vụ nhân dân" } }),
        Mutation("changeCampaignPhase", "A: U F F F F F A F A", "changeCampaignPhase", "ChangeCampaignPhaseInput", "campaign { id }",
            w => new { campaignId = w.OpenCampaignId, phase = "OPEN" }),
        Mutation("createEntry", "A: U A A A A A A A A", "createEntry", "CreateEntryInput", "entry { id }",
            w => ((dynamic)Entries.EntryOperations.NewEntry(w.OpenCampaignId, w.CategoryId)).input),
        Mutation("updateEntry", "A: U N N N N A N N N", "updateEntry", "UpdateEntryInput", "entry { id }",
            w => new { entryId = w.DraftEntryId, title = "Sổ tay điện tử tổ dân phố" }),
        Mutation("requestAttachmentUpload", "A: U N N N N A N N N", "requestAttachmentUpload", "RequestAttachmentUploadInput", "uploadId",
            w => new { entryId = w.DraftEntryId, fileName = "thuyet-minh.pdf", contentType = "application/pdf", sizeBytes = AuthorizationWorld.Pdf.Length }),
        Custom("addAttachment", "A: U N N N N A N N N", (w, actor) => AuthorizationWorld.UploadAsync(actor, w.DraftEntryId)),
        Custom("completeAttachmentUpload", "A: U N N N N A N N N", CompleteUploadAsync),
        Mutation("submitEntry", "A: U N N N N A N N N", "submitEntry", "SubmitEntryInput", "entry { id }",
            w => new { entryId = w.DraftEntryId, idempotencyKey = "matrix-" + w.DraftEntryId }),
        Mutation("screenEntry", "A: U N N N N F A N A", "screenEntry", "ScreenEntryInput", "entry { id }",
            w => new { entryId = w.SubmittedEntryId, decision = "ACCEPT" }),
        Mutation("createPanel", "A: U F F F F F A F A", "createPanel", "CreatePanelInput", "panel { id }",
            w => new { campaignId = w.JudgingCampaignId, name = "Tiểu ban dự phòng", members = Array.Empty<object>() }),
        Mutation("assignJudges", "A: U F F F F F A F A", "assignJudges", "AssignJudgesInput", "assignments { id }",
            w => new { panelId = w.PanelId }),
        Mutation("submitScoreSheet", "A: U F F A F F F F F", "submitScoreSheet", "SubmitScoreSheetInput", "assignment { id }",
            w => new { assignmentId = w.AssignmentId, scores = new[] { new { criterionCode = "NOVELTY", points = 20 }, new { criterionCode = "EFFECT", points = 30 }, new { criterionCode = "SCOPE", points = 20 } } }),
        Mutation("reopenScoreSheet", "A: U F F A F F F F F", "reopenScoreSheet", "ReopenScoreSheetInput", "assignment { id }",
            w => new { assignmentId = w.AssignmentId, reason = "Chấm lại tiêu chí hiệu quả" }),
        Mutation("declareConflict", "A: U F F A F F F F F", "declareConflict", "DeclareConflictInput", "assignment { id }",
            w => new { entryId = w.AcceptedEntryId, reason = "Tôi là người hướng dẫn tác giả" }),
        Mutation("recordPanelVote", "A: U N N A N N A N A", "recordPanelVote", "RecordPanelVoteInput", "panelVote { id }",
            w => new { panelId = w.PanelId, subject = "Thông qua danh sách đề nghị khen thưởng", ballot = "SECRET", presentMemberIds = Array.Empty<string>(), votedMemberIds = Array.Empty<string>(), yes = 0, no = 0, abstain = 0 }),
        Mutation("proposeAwards", "A: U F F F F F A F A", "proposeAwards", "ProposeAwardsInput", "awards { id }",
            w => new { campaignId = w.AwardCampaignId }),
        Mutation("decideAwards", "A: U F F F A F F F A", "decideAwards", "DecideAwardsInput", "awards { id }",
            w => new { decisions = new[] { new { awardId = w.ProposedAwardId, decision = "APPROVE" } }, decisionNumber = "12/QĐ-UBND" }),
        Mutation("revokeAward", "A: U F F F A F F F A", "revokeAward", "RevokeAwardInput", "award { id }",
            w => new { awardId = w.ProposedAwardId, reason = "Thu hồi do phát hiện trùng thành tích" }),
        Mutation("startExport", "A: U F F F A F A F A", "startExport", "StartExportInput", "job { id }",
            w => new { campaignId = w.OpenCampaignId, kind = "ENTRIES", format = "XLSX" }),
        Mutation("issueDirective", "A: U F F F F F F A A", "issueDirective", "IssueDirectiveInput", "directive { id }",
            w => AuthorizationWorld.DirectiveInput(w.DepartmentId, [w.WardAId])),
        Mutation("saveUnitReportDraft", "A: U F F F A F A F A", "saveUnitReportDraft", "SaveUnitReportDraftInput", "report { id }",
            w => new { directiveId = w.DirectiveId, organizationId = w.WardAId, activities = new[] { new { kind = "BANNERS", count = 2 } } }),
        Mutation("submitUnitReport", "A: U F F F A F A F A", "submitUnitReport", "SubmitUnitReportInput", "report { id }",
            w => new { directiveId = w.DirectiveId, organizationId = w.WardAId, activities = new[] { new { kind = "BANNERS", count = 2 } } }),
        Mutation("createPlan", "A: U F F F A F A F A", "createPlan", "CreatePlanInput", "plan { id }",
            w => AuthorizationWorld.PlanInput(w.WardAId, w.UnitId, "46/KH-UBND")),
        Mutation("reportTaskProgress", "A: U N N N A N A N A", "reportTaskProgress", "ReportTaskProgressInput", "task { id }",
            w => new { taskId = w.TaskId, status = "IN_PROGRESS", note = "Đã treo 2 băng rôn" }),
        Mutation("renameOrganization", "A: U F F F F F A F A", "renameOrganization", "RenameOrganizationInput", "organization { id }",
            w => new { organizationId = w.UnitId, name = "Tổ dân phố số 1 (mới)" }),
        Mutation("mergeOrganizations", "A: U F F F F F A F A", "mergeOrganizations", "MergeOrganizationsInput", "successor { id }",
            w => new { organizationIds = new[] { w.MergeableUnitIds[0] }, successorId = w.MergeableUnitIds[1] }),
        Mutation("markNotificationsRead", "A: U A A A A A A A A", "markNotificationsRead", "MarkNotificationsReadInput", "markedCount",
            w => new { ids = new[] { w.NotificationIdOfOwner } }),
        Mutation("withdrawEntry", "A: U N N N N A F N F", "withdrawEntry", "WithdrawEntryInput", "entry { id }",
            w => new { entryId = w.WithdrawableEntryId, reason = "Rút để hoàn thiện thêm" }),
    ];

    [Fact]
    public void EveryQueryAndMutation_HasARow()
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "InitiativeHub.GraphQL.Tests", "Schema", "Schema.approved.graphql"));
        var served = RootFields(schema, "Query").Concat(RootFields(schema, "Mutation")).Order().ToList();

        var missing = served.Except(_rows.Select(r => r.Field)).ToList();
        var stale = _rows.Select(r => r.Field).Except(served).ToList();

        Assert.True(missing.Count == 0, "Fields without a row in the authorization matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows for fields the schema no longer serves: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryOperation_ByEveryActor_MatchesTheTable()
    {
        var world = await AuthorizationWorld.CreateAsync(fixture);
        var mismatches = new StringBuilder();
        var actual = new StringBuilder();

        foreach (var row in _rows)
        {
            var expected = row.Expected();
            var outcomes = new Dictionary<string, string>();
            // Refusals first: an allowed actor's change (a submit, a withdrawal) must not turn a refusal into a state error.
            foreach (var actor in AuthorizationWorld.ActorNames.OrderBy(a => expected[a] == 'A' ? 1 : 0))
            {
                var response = await row.Send(world, world.Actors[actor]);
                outcomes[actor] = Classify(row.Field, response);
            }

            var line = string.Join(" ", AuthorizationWorld.ActorNames.Select(a => Letter(outcomes[a])));
            actual.AppendLine($"{row.Field}: {line}");
            // VALIDATION passed the authorization check too (the input was judged only after the actor was let in).
            foreach (var actor in AuthorizationWorld.ActorNames.Where(a => Letter(outcomes[a]) != expected[a]))
            {
                mismatches.AppendLine($"{row.Field} as {actor}: expected {expected[actor]}, got {outcomes[actor]}");
            }
        }

        Assert.True(mismatches.Length == 0, mismatches + "\nActual matrix:\n" + actual);
    }

    [Fact]
    public async Task IdsOfTheWrongType_AreRefusedAsNotFoundOrInvalid_EvenForTheAdministrator()
    {
        var world = await AuthorizationWorld.CreateAsync(fixture);
        var admin = world.Actors["admin"];
        var wrong = new StringBuilder();

        // Each id argument gets a well-formed id of another type (a ward where an entry is expected, and so on).
        var cases = new (string Name, string Document, object Variables)[]
        {
            ("entries(campaign→entry)", "query($c: ID!) { entries(campaignId: $c, first: 1) { nodes { id } } }", new { c = world.SubmittedEntryId }),
            ("panels(campaign→panel)", "query($c: ID!) { panels(campaignId: $c) { id } }", new { c = world.PanelId }),
            ("updateEntry(entry→campaign)", MutationDocument("updateEntry", "UpdateEntryInput", "entry { id }"), new { input = new { entryId = world.OpenCampaignId, title = "x y z" } }),
            ("screenEntry(entry→panel)", MutationDocument("screenEntry", "ScreenEntryInput", "entry { id }"), new { input = new { entryId = world.PanelId, decision = "ACCEPT" } }),
            ("assignJudges(panel→campaign)", MutationDocument("assignJudges", "AssignJudgesInput", "assignments { id }"), new { input = new { panelId = world.JudgingCampaignId } }),
            ("submitScoreSheet(assignment→entry)", MutationDocument("submitScoreSheet", "SubmitScoreSheetInput", "assignment { id }"), new { input = new { assignmentId = world.AcceptedEntryId, scores = Array.Empty<object>() } }),
            ("grantRole(user→org)", MutationDocument("grantRole", "GrantRoleInput", "user { id }"), new { input = new { userId = world.WardBId, role = "STAFF", organizationId = world.WardAId } }),
            ("createCampaign(org→user)", MutationDocument("createCampaign", "CreateCampaignInput", "campaign { id }"), new { input = Campaigns.CampaignScenario.Input(world.SpareUserId, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(3)) }),
        };

        foreach (var (name, document, variables) in cases)
        {
            var response = await AuthorizationWorld.SendAsync(admin, document, variables);
            var outcome = Classify(FieldOf(document), response);
            if (outcome[0] is not ('N' or 'V' or 'H'))
            {
                wrong.AppendLine($"{name}: {outcome}");
            }
        }

        Assert.True(wrong.Length == 0, "Wrong-type ids not refused:\n" + wrong);
    }

    /// <summary>A for allowed, else the first letter of the refusal; V for VALIDATION (used by the wrong-type test).</summary>
    private static string Classify(string field, JsonObject response)
    {
        var errors = response["errors"]?.AsArray() ?? (response["data"]?[field] as JsonObject)?["errors"]?.AsArray();
        if (errors is { Count: > 0 })
        {
            var code = errors[0]!["extensions"]?["code"]?.GetValue<string>() ?? errors[0]!["code"]?.GetValue<string>() ?? "?";
            return code switch
            {
                "UNAUTHENTICATED" => "U",
                "FORBIDDEN" => "F",
                "NOT_FOUND" => "N",
                "NOT_YOUR_ASSIGNMENT" => "F (NOT_YOUR_ASSIGNMENT)",
                "VALIDATION" => "V (VALIDATION)",
                _ => $"A ({code})",
            };
        }

        var value = response["data"]?[field];
        return value switch
        {
            null => "H (null)",
            JsonArray { Count: 0 } => "H (empty)",
            JsonObject o when o["nodes"] is JsonArray { Count: 0 } => "H (empty)",
            JsonArray a when a.All(n => n is null) => "H (nulls)",
            _ => "A",
        };
    }

    private static char Letter(string outcome) => outcome[0] == 'V' ? 'A' : outcome[0];

    private static IEnumerable<string> RootFields(string schema, string type)
    {
        var body = Regex.Match(schema, $@"type {type} \{{(?<body>[^}}]*)\}}").Groups["body"].Value;
        return Regex.Matches(body, @"^\s+(?<name>[a-zA-Z]+)[(:]", RegexOptions.Multiline).Select(m => m.Groups["name"].Value);
    }

    private static string FieldOf(string document) => Regex.Match(document, @"\{\s*(?<f>[a-zA-Z]+)").Groups["f"].Value;

    private static string MutationDocument(string field, string inputType, string selection) =>
        $"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ code message }} }} }}";

    private static MatrixRow Query(string field, string expected, string document, Func<AuthorizationWorld, object?> variables) =>
        new(field, expected, (w, actor) => AuthorizationWorld.SendAsync(actor, document, variables(w)));

    private static MatrixRow Mutation(string field, string expected, string name, string inputType, string selection, Func<AuthorizationWorld, object> input) =>
        new(field, expected, (w, actor) => AuthorizationWorld.SendAsync(actor, MutationDocument(name, inputType, selection), new { input = input(w) }));

    private static MatrixRow Custom(string field, string expected, Func<AuthorizationWorld, ApiClient, Task<JsonObject>> send) =>
        new(field, expected, send);

    private static async Task<JsonObject> CompleteUploadAsync(AuthorizationWorld world, ApiClient actor)
    {
        // The ticket is the owner's: others must not complete (or learn about) someone else's upload.
        var ticket = await world.Actors["owner"].MutateAsync(
            MutationDocument("requestAttachmentUpload", "RequestAttachmentUploadInput", "uploadId"),
            "requestAttachmentUpload",
            new { input = new { entryId = world.DraftEntryId, fileName = "anh.pdf", contentType = "application/pdf", sizeBytes = AuthorizationWorld.Pdf.Length } });
        var uploadId = ticket["uploadId"]?.GetValue<string>() ?? "VXBsb2FkOjA=";
        return await AuthorizationWorld.SendAsync(
            actor,
            MutationDocument("completeAttachmentUpload", "CompleteAttachmentUploadInput", "attachment { id }"),
            new { input = new { uploadId, sha256 = new string('0', 64) } });
    }

    private sealed record MatrixRow(string Field, string Table, Func<AuthorizationWorld, ApiClient, Task<JsonObject>> Send)
    {
        /// <summary>The row's letters by actor ("A: U F …" lists actors in <see cref="AuthorizationWorld.ActorNames"/> order).</summary>
        public Dictionary<string, char> Expected()
        {
            var letters = Table.Split(':', 2)[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return AuthorizationWorld.ActorNames.Zip(letters).ToDictionary(p => p.First, p => p.Second[0]);
        }
    }
}
