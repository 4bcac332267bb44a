using InitiativeHub.Host.Tests.Organizations;

namespace InitiativeHub.Host.Tests.Judging;

/// <summary>The GraphQL documents of judging, as a client would write them, and the accounts they need.</summary>
public static class JudgingOperations
{
    public const string CreatePanel = """
        mutation($input: CreatePanelInput!) {
          createPanel(input: $input) {
            panel { id name campaign { id } categories { id name } members { user { id } role } }
            errors { code message field }
          }
        }
        """;

    public const string AssignJudges = """
        mutation($input: AssignJudgesInput!) {
          assignJudges(input: $input) { assignments { id status entry { id } judge { id } } errors { code message field } }
        }
        """;

    public const string DeclareConflict = """
        mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { assignment { id status judge { id } } errors { code message field } } }
        """;

    public const string MyAssignments = "query($c: ID, $s: [AssignmentStatus!]) { assignments(campaignId: $c, status: $s, first: 100) { totalCount nodes { id status } } }";

    public const string SubmitScoreSheet = """
        mutation($input: SubmitScoreSheetInput!) { submitScoreSheet(input: $input) { assignment { id status } errors { code message field } } }
        """;

    public const string ReopenScoreSheet = """
        mutation($input: ReopenScoreSheetInput!) { reopenScoreSheet(input: $input) { assignment { id status } errors { code message field } } }
        """;

    public const string Panels = "query($c: ID!) { panels(campaignId: $c) { id name members { user { id } role } } }";

    /// <summary>A new account holding the JUDGE role at <paramref name="organizationId"/>.</summary>
    public static async Task<JudgeAccount> JudgeAsync(HostFixture fixture, OrganizationScenario organizations, string organizationId)
    {
        var client = fixture.CreateClient();
        var userId = await client.SignUpAsync($"giamkhao.{Guid.NewGuid():N}@example.vn");
        var granted = await organizations.Admin.MutateAsync(
            "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } errors { code } } }",
            "grantRole",
            new { input = new { userId, role = "JUDGE", organizationId } });
        if (granted["errors"] is { } errors && errors.AsArray().Count > 0)
        {
            throw new InvalidOperationException($"grantRole failed: {granted.ToJsonString()}");
        }

        return new JudgeAccount(client, userId);
    }

    public static object PanelInput(string campaignId, IReadOnlyList<JudgeAccount> judges, string name = "Hội đồng xét duyệt sáng kiến") => new
    {
        input = new
        {
            campaignId,
            name,
            members = judges.Select((j, i) => new { userId = j.UserId, role = i == 0 ? "CHAIR" : i == 1 ? "VICE_CHAIR" : "MEMBER" }).ToArray(),
        },
    };
}
