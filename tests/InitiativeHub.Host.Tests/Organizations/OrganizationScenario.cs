using InitiativeHub.Testing;

namespace InitiativeHub.Host.Tests.Organizations;

/// <summary>
/// A province with two wards, created by the administrator, with an organizer for each ward and one for the
/// province: the shape every authorization test needs. Names are unique per test run.
/// </summary>
public sealed class OrganizationScenario
{
    public required string ProvinceId { get; init; }

    public required string WardAId { get; init; }

    public required string WardBId { get; init; }

    public required string Suffix { get; init; }

    public required ApiClient Admin { get; init; }

    public static async Task<OrganizationScenario> CreateAsync(HostFixture fixture)
    {
        var admin = await fixture.CreateAdminAsync();
        var root = await admin.GraphQLAsync("{ viewer { roles { organization { id } } } }");
        var rootId = root["data"]!["viewer"]!["roles"]![0]!["organization"]!["id"]!.GetValue<string>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var province = await CreateAsync(admin, $"UBND tỉnh Lạng Sơn {suffix}", "PROVINCE_PEOPLES_COMMITTEE", rootId);
        var wardA = await CreateAsync(admin, $"UBND Phường Trần Hưng Đạo {suffix}", "COMMUNE_PEOPLES_COMMITTEE", province);
        var wardB = await CreateAsync(admin, $"UBND Phường Đông Kinh {suffix}", "COMMUNE_PEOPLES_COMMITTEE", province);
        return new OrganizationScenario { ProvinceId = province, WardAId = wardA, WardBId = wardB, Suffix = suffix, Admin = admin };
    }

    public static async Task<string> CreateAsync(ApiClient client, string name, string kind, string? parentId)
    {
        var payload = await client.MutateAsync(
            "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code message } } }",
            "createOrganization",
            new { input = new { name, kind, parentId } });
        return payload["organization"]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"createOrganization failed: {payload.ToJsonString()}");
    }

    /// <summary>A new user signed in, holding <paramref name="role"/> at <paramref name="organizationId"/>.</summary>
    public async Task<ApiClient> UserWithRoleAsync(HostFixture fixture, string role, string organizationId)
    {
        var client = fixture.CreateClient();
        var userId = await client.SignUpAsync($"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.vn");
        var granted = await Admin.MutateAsync(
            "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } errors { code } } }",
            "grantRole",
            new { input = new { userId, role, organizationId } });
        if (granted["errors"] is not null && granted["errors"]!.AsArray().Count > 0)
        {
            throw new InvalidOperationException($"grantRole failed: {granted.ToJsonString()}");
        }

        return client;
    }
}
