using InitiativeHub.Host.Tests.Organizations;

namespace InitiativeHub.Host.Tests.Directives;

/// <summary>
/// The 2025 reform merged wards and renamed bodies: documents keep the names in force when they were issued, and the
/// superior's aggregate rolls a merged ward (its report and the platform's counts) into its successor.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class UnitHistoryTests(HostFixture fixture)
{
    private const string Rename = """
        mutation($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { id name } errors { code message field } } }
        """;

    private const string Merge = """
        mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { successor { id name } errors { code message field } } }
        """;

    [Fact]
    public async Task MergeAndRename_OldDocumentsKeepTheirNames_AggregateRollsTheMergedWardIntoItsSuccessor()
    {
        var orgs = await OrganizationScenario.CreateAsync(fixture);
        var department = await OrganizationScenario.CreateAsync(orgs.Admin, $"Sở Khoa học và Công nghệ {orgs.Suffix}", "DEPARTMENT", orgs.ProvinceId);
        var sở = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", department);
        var wardA = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardAId);
        var wardB = await orgs.UserWithRoleAsync(fixture, "ORGANIZER", orgs.WardBId);
        var citizen = fixture.CreateClient();
        await citizen.SignUpAsync($"nguoidan.{Guid.NewGuid():N}@example.vn");
        await DirectiveReportingTests.SubmitEntryAsync(citizen, wardA, orgs.WardAId, "Số hóa sổ hộ tịch của phường", submit: true);
        await DirectiveReportingTests.SubmitEntryAsync(citizen, wardB, orgs.WardBId, "Ứng dụng nhắc lịch tiêm chủng", submit: true);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var directiveId = await PlanTaskTests.IssueAsync(sở, department, [orgs.WardAId, orgs.WardBId], today);
        var submitted = await wardA.MutateAsync(
            "mutation($input: SubmitUnitReportInput!) { submitUnitReport(input: $input) { report { status } errors { code message } } }",
            "submitUnitReport",
            new { input = new { directiveId, organizationId = orgs.WardAId, activities = new[] { new { kind = "BANNERS", count = 3 } } } });
        Assert.Equal("SUBMITTED", submitted["report"]?["status"]?.GetValue<string>() ?? submitted.ToJsonString());

        // Renaming the Sở: the directive it already issued keeps the old name.
        var newDepartmentName = $"Sở Khoa học, Công nghệ và Đổi mới sáng tạo {orgs.Suffix}";
        var renamed = await orgs.Admin.MutateAsync(Rename, "renameOrganization", new { input = new { organizationId = department, name = newDepartmentName } });
        Assert.Equal(newDepartmentName, renamed["organization"]?["name"]?.GetValue<string>() ?? renamed.ToJsonString());
        var blank = await orgs.Admin.MutateAsync(Rename, "renameOrganization", new { input = new { organizationId = department, name = "  " } });
        Assert.Equal(("VALIDATION", "name"), (blank["errors"]![0]!["code"]!.GetValue<string>(), blank["errors"]![0]!["field"]!.GetValue<string>()));
        var directive = (await sở.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Directive { issuerName issuer { name } } } }", new { id = directiveId }))["data"]!["node"]!;
        Assert.Equal($"Sở Khoa học và Công nghệ {orgs.Suffix}", directive["issuerName"]!.GetValue<string>());
        Assert.Equal(newDepartmentName, directive["issuer"]!["name"]!.GetValue<string>());

        // Only who manages both sides merges; a ward cannot swallow its neighbour, nor itself.
        var byWard = await wardB.MutateAsync(Merge, "mergeOrganizations", new { input = new { organizationIds = new[] { orgs.WardAId }, successorId = orgs.WardBId } });
        Assert.Equal("FORBIDDEN", byWard["errors"]?[0]?["code"]?.GetValue<string>() ?? byWard.ToJsonString());
        var intoItself = await orgs.Admin.MutateAsync(Merge, "mergeOrganizations", new { input = new { organizationIds = new[] { orgs.WardBId }, successorId = orgs.WardBId } });
        Assert.Equal("VALIDATION", intoItself["errors"]?[0]?["code"]?.GetValue<string>() ?? intoItself.ToJsonString());

        // The reform: ward A merges into ward B, which then takes a new name.
        var merged = await orgs.Admin.MutateAsync(Merge, "mergeOrganizations", new { input = new { organizationIds = new[] { orgs.WardAId }, successorId = orgs.WardBId } });
        Assert.Equal(orgs.WardBId, merged["successor"]?["id"]?.GetValue<string>() ?? merged.ToJsonString());
        var successorName = $"UBND Phường Lương Văn Tri {orgs.Suffix}";
        await orgs.Admin.MutateAsync(Rename, "renameOrganization", new { input = new { organizationId = orgs.WardBId, name = successorName } });
        var oldWard = (await orgs.Admin.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on Organization { name successor { id } mergedAt } } }", new { id = orgs.WardAId }))["data"]!["node"]!;
        Assert.Equal(orgs.WardBId, oldWard["successor"]!["id"]!.GetValue<string>());
        Assert.EndsWith("+07:00", oldWard["mergedAt"]!.GetValue<string>(), StringComparison.Ordinal);
        var renameMerged = await orgs.Admin.MutateAsync(Rename, "renameOrganization", new { input = new { organizationId = orgs.WardAId, name = "Tên mới" } });
        Assert.Equal("ORGANIZATION_MERGED", renameMerged["errors"]?[0]?["code"]?.GetValue<string>() ?? renameMerged.ToJsonString());
        Assert.Equal($"UBND Phường Trần Hưng Đạo {orgs.Suffix}", oldWard["name"]!.GetValue<string>());

        // The Sở's aggregate: one row for the successor under its name today, holding both reports under the names
        // in force when the directive reached them, with both wards' entries and ward A's activities.
        var aggregate = (await sở.GraphQLAsync(
            """
            query($id: ID!) { directiveAggregate(directiveId: $id) {
              onTime missing initiativesSubmitted activities { kind count }
              rows { organization { id } organizationName status initiativesSubmitted activities { kind count }
                     reports { organizationName status } } } }
            """,
            new { id = directiveId }))["data"]!["directiveAggregate"]!;
        var row = Assert.Single(aggregate["rows"]!.AsArray())!;
        Assert.Equal(orgs.WardBId, row["organization"]!["id"]!.GetValue<string>());
        Assert.Equal(successorName, row["organizationName"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", row["status"]!.GetValue<string>());
        Assert.Equal(2, row["initiativesSubmitted"]!.GetValue<int>());
        Assert.Equal(
            [($"UBND Phường Trần Hưng Đạo {orgs.Suffix}", "SUBMITTED"), ($"UBND Phường Đông Kinh {orgs.Suffix}", "NOT_STARTED")],
            row["reports"]!.AsArray().Select(r => (r!["organizationName"]!.GetValue<string>(), r["status"]!.GetValue<string>())).OrderByDescending(r => r.Item2));
        Assert.Equal("BANNERS=3", string.Join(';', row["activities"]!.AsArray().Select(a => $"{a!["kind"]}={a["count"]}")));
        Assert.Equal((1, 0, 2), (aggregate["onTime"]!.GetValue<int>(), aggregate["missing"]!.GetValue<int>(), aggregate["initiativesSubmitted"]!.GetValue<int>()));

        // Drilling down from the old ward lands on its successor's row.
        var items = await sở.GraphQLAsync(
            "query($id: ID!, $org: ID) { directiveFigureItems(directiveId: $id, organizationId: $org, figure: ENTRIES_SUBMITTED) { title } }",
            new { id = directiveId, org = orgs.WardAId });
        Assert.Equal(
            ["Số hóa sổ hộ tịch của phường", "Ứng dụng nhắc lịch tiêm chủng"],
            items["data"]!["directiveFigureItems"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
