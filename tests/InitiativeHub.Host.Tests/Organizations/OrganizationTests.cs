using System.Text.Json.Nodes;

namespace InitiativeHub.Host.Tests.Organizations;

/// <summary>Organizations on the default SQLite host.</summary>
[Collection(HostCollection.Name)]
public sealed class OrganizationTestsOnSqlite(HostFixture fixture) : OrganizationTests(fixture);

/// <summary>Organizations on a host configured for PostgreSQL.</summary>
[Collection(PostgresHostCollection.Name)]
public sealed class OrganizationTestsOnPostgres(PostgresHostFixture fixture) : OrganizationTests(fixture);

public abstract class OrganizationTests(HostFixture fixture)
{
    private const string CreateMutation =
        "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name kind parent { name } } errors { code message } } }";

    [Fact]
    public async Task Search_WithoutDiacritics_FindsVietnameseName()
    {
        // Arrange
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var anonymous = fixture.CreateClient();

        // Act
        var body = await anonymous.GraphQLAsync(
            "query($s: String) { organizations(search: $s) { totalCount nodes { name kind parent { name } } } }",
            new { s = $"phuong tran hung dao {scenario.Suffix}" });

        // Assert
        var found = Assert.Single(body["data"]!["organizations"]!["nodes"]!.AsArray());
        Assert.Equal($"UBND Phường Trần Hưng Đạo {scenario.Suffix}", found!["name"]!.GetValue<string>());
        Assert.Equal("COMMUNE_PEOPLES_COMMITTEE", found["kind"]!.GetValue<string>());
        Assert.Equal($"UBND tỉnh Lạng Sơn {scenario.Suffix}", found["parent"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Children_ArePagedWithStableCursors()
    {
        // Arrange: three units under ward A.
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        foreach (var name in new[] { "Công an phường", "Trường Tiểu học Hoàng Văn Thụ", "Tổ dân phố số 1" })
        {
            await OrganizationScenario.CreateAsync(scenario.Admin, name, "OFFICE", scenario.WardAId);
        }

        // Act
        const string query = "query($id: ID!, $after: String) { node(id: $id) { ... on Organization { children(first: 2, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } } }";
        var first = await scenario.Admin.GraphQLAsync(query, new { id = scenario.WardAId });
        var page1 = first["data"]!["node"]!["children"]!;
        var second = await scenario.Admin.GraphQLAsync(query, new { id = scenario.WardAId, after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var page2 = second["data"]!["node"]!["children"]!;

        // Assert: ordered by name without diacritics, no item lost or repeated.
        Assert.Equal(3, page1["totalCount"]!.GetValue<int>());
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(page2["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var names = page1["nodes"]!.AsArray().Concat(page2["nodes"]!.AsArray()).Select(n => n!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Công an phường", "Tổ dân phố số 1", "Trường Tiểu học Hoàng Văn Thụ"], names);
    }

    [Fact]
    public async Task CreateOrganization_Anonymous_ReturnsUnauthenticated()
    {
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var payload = await fixture.CreateClient().MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Tổ dân phố 5", kind = "RESIDENTIAL_GROUP", parentId = scenario.WardAId } });
        AssertError(payload, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task CreateOrganization_WardOrganizer_InOwnWard_Succeeds_InOtherWard_Forbidden()
    {
        // Arrange
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var organizerA = await scenario.UserWithRoleAsync(fixture, "ORGANIZER", scenario.WardAId);

        // Act
        var own = await organizerA.MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Tổ công nghệ số cộng đồng", kind = "COMMUNITY_DIGITAL_TEAM", parentId = scenario.WardAId } });
        var other = await organizerA.MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Tổ dân phố 7", kind = "RESIDENTIAL_GROUP", parentId = scenario.WardBId } });
        var atProvince = await organizerA.MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Sở Văn hóa", kind = "DEPARTMENT", parentId = scenario.ProvinceId } });

        // Assert
        Assert.Equal($"UBND Phường Trần Hưng Đạo {scenario.Suffix}", own["organization"]!["parent"]!["name"]!.GetValue<string>());
        Assert.Null(own["errors"]);
        AssertError(other, "FORBIDDEN");
        AssertError(atProvince, "FORBIDDEN");
    }

    [Fact]
    public async Task ProvinceOrganizer_ReachesEveryWardBelow()
    {
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var provincial = await scenario.UserWithRoleAsync(fixture, "ORGANIZER", scenario.ProvinceId);

        var inA = await provincial.MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Trạm Y tế phường", kind = "HEALTH_STATION", parentId = scenario.WardAId } });
        var inB = await provincial.MutateAsync(CreateMutation, "createOrganization", new { input = new { name = "Trường THCS Đông Kinh", kind = "SCHOOL", parentId = scenario.WardBId } });

        Assert.Null(inA["errors"]);
        Assert.Null(inB["errors"]);
        Assert.NotNull(inB["organization"]);
    }

    [Fact]
    public async Task GrantRole_WardOrganizer_InOtherWard_Forbidden_AndAdminRoleForbidden()
    {
        // Arrange
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var organizerA = await scenario.UserWithRoleAsync(fixture, "ORGANIZER", scenario.WardAId);
        var citizen = fixture.CreateClient();
        var citizenId = await citizen.SignUpAsync($"citizen.{Guid.NewGuid():N}@example.vn");
        const string grant = "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id roles { role } } errors { code message } } }";

        // Act
        var inOwnWard = await organizerA.MutateAsync(grant, "grantRole", new { input = new { userId = citizenId, role = "JUDGE", organizationId = scenario.WardAId } });
        var inOtherWard = await organizerA.MutateAsync(grant, "grantRole", new { input = new { userId = citizenId, role = "JUDGE", organizationId = scenario.WardBId } });
        var admin = await organizerA.MutateAsync(grant, "grantRole", new { input = new { userId = citizenId, role = "ADMIN", organizationId = scenario.WardAId } });
        var viewer = await citizen.GraphQLAsync("{ viewer { roles { role organization { name } } } }");

        // Assert: only the grant in the organizer's own ward took effect.
        Assert.Null(inOwnWard["errors"]);
        AssertError(inOtherWard, "FORBIDDEN");
        AssertError(admin, "FORBIDDEN");
        var role = Assert.Single(viewer["data"]!["viewer"]!["roles"]!.AsArray());
        Assert.Equal("JUDGE", role!["role"]!.GetValue<string>());
        Assert.Equal($"UBND Phường Trần Hưng Đạo {scenario.Suffix}", role["organization"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task GrantRole_IdOfWrongType_ReturnsValidation()
    {
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var payload = await scenario.Admin.MutateAsync(
            "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } errors { code } } }",
            "grantRole",
            new { input = new { userId = scenario.WardAId, role = "JUDGE", organizationId = scenario.WardAId } });
        AssertError(payload, "VALIDATION");
    }

    [Fact]
    public async Task Node_OtherWardsUser_IsNotVisibleToWardOrganizer()
    {
        // Arrange
        var scenario = await OrganizationScenario.CreateAsync(fixture);
        var organizerA = await scenario.UserWithRoleAsync(fixture, "ORGANIZER", scenario.WardAId);
        var staffB = fixture.CreateClient();
        var staffBId = await staffB.SignUpAsync($"staff.b.{Guid.NewGuid():N}@example.vn");
        await scenario.Admin.MutateAsync(
            "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } } }", "grantRole",
            new { input = new { userId = staffBId, role = "STAFF", organizationId = scenario.WardBId } });

        // Act
        var byOrganizerA = await organizerA.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on User { email } } }", new { id = staffBId });
        var byAdmin = await scenario.Admin.GraphQLAsync("query($id: ID!) { node(id: $id) { ... on User { email roles { role } } } }", new { id = staffBId });

        // Assert
        Assert.Null(byOrganizerA["data"]!["node"]);
        Assert.Equal("STAFF", byAdmin["data"]!["node"]!["roles"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_MalformedId_ReturnsValidationError()
    {
        var body = await fixture.CreateClient().GraphQLAsync("{ node(id: \"bm90LWFuLWlk\") { id } }");
        var error = Assert.Single(body["errors"]!.AsArray());
        Assert.Equal("VALIDATION", error!["extensions"]!["code"]!.GetValue<string>());
    }

    private static void AssertError(JsonObject payload, string code)
    {
        var errors = payload["errors"]?.AsArray();
        Assert.NotNull(errors);
        Assert.Contains(errors, e => e!["code"]!.GetValue<string>() == code);
        Assert.Null(payload["organization"] ?? payload["user"]);
    }
}
