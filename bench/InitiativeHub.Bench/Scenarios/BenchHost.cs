using System.Text.Json.Nodes;
using InitiativeHub.Bench.Load;
using InitiativeHub.Testing;

namespace InitiativeHub.Bench.Scenarios;

/// <summary>
/// The system under test for one provider: the real host process (SQLite in its data folder, or a database on a
/// private PostgreSQL cluster with fsync on) and an open campaign of a ward that citizens submit to.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private const string CreateOrganization =
        "mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } errors { code message } } }";

    private const string GrantRole = "mutation($input: GrantRoleInput!) { grantRole(input: $input) { user { id } errors { code } } }";

    private const string CreateCampaign = "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id categories { id } } errors { code message } } }";

    private const string ChangePhase = "mutation($input: ChangeCampaignPhaseInput!) { changeCampaignPhase(input: $input) { campaign { phase } errors { code message } } }";

    /// <summary>The slim documents a client would send: only what it needs back.</summary>
    public const string CreateEntry = "mutation($input: CreateEntryInput!) { createEntry(input: $input) { entry { id } errors { code } } }";

    public const string SubmitEntry = "mutation($input: SubmitEntryInput!) { submitEntry(input: $input) { receipt { number } errors { code } } }";

    private readonly PostgresServer? _postgres;

    private BenchHost(Provider provider, HostProcess host, PostgresServer? postgres, string? connectionString)
    {
        Provider = provider;
        Host = host;
        _postgres = postgres;
        PostgresConnectionString = connectionString;
    }

    public Provider Provider { get; }

    public HostProcess Host { get; }

    /// <summary>The host's PostgreSQL database (null on SQLite, whose file is in the host's data folder).</summary>
    public string? PostgresConnectionString { get; }

    public string CampaignId { get; private set; } = string.Empty;

    public string CategoryId { get; private set; } = string.Empty;

    /// <summary>The built-in administrator, signed in.</summary>
    public ApiClient Admin { get; private set; } = null!;

    /// <summary>The campaign's organizer (ORGANIZER at the ward), signed in.</summary>
    public ApiClient Organizer { get; private set; } = null!;

    /// <summary>The ward that organizes the campaign.</summary>
    public string WardId { get; private set; } = string.Empty;

    /// <summary>A new account holding <paramref name="role"/> at the ward, signed in.</summary>
    public async Task<(ApiClient Client, string UserId)> UserWithRoleAsync(string role, string emailPrefix, CancellationToken cancellationToken)
    {
        var client = CreateClient();
        var userId = await client.SignUpAsync($"{emailPrefix}.{Guid.NewGuid():N}@example.vn", cancellationToken: cancellationToken);
        var granted = await Admin.MutateAsync(GrantRole, "grantRole", new { input = new { userId, role, organizationId = WardId } }, cancellationToken);
        return granted["errors"] is JsonArray { Count: > 0 } ? throw new InvalidOperationException($"grantRole failed: {granted.ToJsonString()}") : (client, userId);
    }

    /// <summary>Moves the campaign to <paramref name="phase"/> (the organizer's mutation).</summary>
    public async Task ChangePhaseAsync(string phase, CancellationToken cancellationToken)
    {
        var moved = await Organizer.MutateAsync(ChangePhase, "changeCampaignPhase", new { input = new { campaignId = CampaignId, phase } }, cancellationToken);
        if (moved["campaign"]?["phase"]?.GetValue<string>() != phase)
        {
            throw new InvalidOperationException(moved.ToJsonString());
        }
    }

    public static async Task<BenchHost> StartAsync(Provider provider, CancellationToken cancellationToken)
    {
        PostgresServer? postgres = null;
        string? connectionString = null;
        IReadOnlyDictionary<string, string>? settings = null;
        if (provider == Provider.Postgres)
        {
            postgres = new PostgresServer { Durable = true };
            await postgres.InitializeAsync();
            var database = PostgresServer.NewDatabaseName("bench");
            settings = postgres.HostSettings(database);
            connectionString = postgres.ConnectionString(database);
        }

        var host = await HostProcess.StartAsync(settings, cancellationToken: cancellationToken);
        var bench = new BenchHost(provider, host, postgres, connectionString);
        await bench.CreateCampaignAsync(cancellationToken);
        return bench;
    }

    public ApiClient CreateClient() => new(Host.CreateClient());

    /// <summary>New citizens, each signed in with its own bearer token.</summary>
    public async Task<IReadOnlyList<ApiClient>> CitizensAsync(int count, CancellationToken cancellationToken)
    {
        var clients = new List<ApiClient>(count);
        for (var i = 0; i < count; i++)
        {
            var client = CreateClient();
            await client.SignUpAsync($"cong.dan.{i}.{Guid.NewGuid():N}@example.vn", cancellationToken: cancellationToken);
            clients.Add(client);
        }

        return clients;
    }

    /// <summary>A draft entry of the campaign by <paramref name="client"/>; returns its id.</summary>
    public async Task<string> CreateDraftAsync(ApiClient client, string title, CancellationToken cancellationToken)
    {
        var payload = await client.GraphQLAsync(CreateEntry, NewEntry(title), cancellationToken);
        return payload["data"]?["createEntry"]?["entry"]?["id"]?.GetValue<string>() ?? throw Failure(payload);
    }

    /// <summary>Submits a draft with an idempotency key; returns the receipt number.</summary>
    public static async Task<string> SubmitAsync(ApiClient client, string entryId, string idempotencyKey, CancellationToken cancellationToken)
    {
        var payload = await client.GraphQLAsync(SubmitEntry, new { input = new { entryId, idempotencyKey } }, cancellationToken);
        return payload["data"]?["submitEntry"]?["receipt"]?["number"]?.GetValue<string>() ?? throw Failure(payload);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    /// <summary>The kind of a refusal: the first payload error code, the GraphQL error code, or the raw shape.</summary>
    public static OperationFailedException Failure(JsonObject payload)
    {
        var data = payload["data"] as JsonObject;
        var code = data?.Select(p => p.Value?["errors"]?[0]?["code"]?.GetValue<string>()).FirstOrDefault(c => c is not null)
            ?? payload["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>()
            ?? "UNEXPECTED_RESPONSE";
        return new OperationFailedException(code);
    }

    private object NewEntry(string title) => new
    {
        input = new
        {
            campaignId = CampaignId,
            categoryId = CategoryId,
            kind = "INITIATIVE",
            submitterKind = "INDIVIDUAL",
            title,
            fieldOfApplication = "Cải cách hành chính",
            firstAppliedOn = "2026-03-01",
            description = "Người dân tra cứu thủ tục hành chính và hồ sơ của mình qua Zalo OA của phường, không phải đến trụ sở.",
            applicationConditions = "Có điện thoại thông minh và tài khoản Zalo.",
            benefits = "Giảm 40% lượt người dân đến hỏi thủ tục tại bộ phận một cửa.",
            authors = new object[]
            {
                new { fullName = "Nguyễn Văn An", workplace = "UBND phường Trần Hưng Đạo", position = "Công chức", contributionPercent = 60 },
                new { fullName = "Trần Thị Bích Ngọc", workplace = "Tổ công nghệ số cộng đồng", position = "Tổ trưởng", contributionPercent = 40 },
            },
        },
    };

    private async Task CreateCampaignAsync(CancellationToken cancellationToken)
    {
        var admin = CreateClient();
        await admin.LoginAsync(HostProcess.AdminEmail, HostProcess.AdminPassword, cancellationToken);
        var root = await admin.GraphQLAsync("{ viewer { roles { organization { id } } } }", cancellationToken: cancellationToken);
        var rootId = root["data"]!["viewer"]!["roles"]![0]!["organization"]!["id"]!.GetValue<string>();
        var province = await CreateOrganizationAsync(admin, "UBND tỉnh Lạng Sơn", "PROVINCE_PEOPLES_COMMITTEE", rootId, cancellationToken);
        var ward = await CreateOrganizationAsync(admin, "UBND Phường Trần Hưng Đạo", "COMMUNE_PEOPLES_COMMITTEE", province, cancellationToken);
        Admin = admin;
        WardId = ward;

        var organizer = CreateClient();
        var organizerId = await organizer.SignUpAsync($"to.chuc.{Guid.NewGuid():N}@example.vn", cancellationToken: cancellationToken);
        var granted = await admin.MutateAsync(GrantRole, "grantRole", new { input = new { userId = organizerId, role = "ORGANIZER", organizationId = ward } }, cancellationToken);
        if (granted["errors"] is JsonArray { Count: > 0 })
        {
            throw new InvalidOperationException($"grantRole failed: {granted.ToJsonString()}");
        }

        Organizer = organizer;
        var now = DateTimeOffset.UtcNow;
        var created = await organizer.MutateAsync(CreateCampaign, "createCampaign", new { input = CampaignInput(ward, now.AddMinutes(-5), now.AddDays(30)) }, cancellationToken);
        var campaign = created["campaign"] ?? throw new InvalidOperationException(created.ToJsonString());
        CampaignId = campaign["id"]!.GetValue<string>();
        CategoryId = campaign["categories"]![0]!["id"]!.GetValue<string>();
        var opened = await organizer.MutateAsync(ChangePhase, "changeCampaignPhase", new { input = new { campaignId = CampaignId, phase = "OPEN" } }, cancellationToken);
        if (opened["campaign"]?["phase"]?.GetValue<string>() != "OPEN")
        {
            throw new InvalidOperationException(opened.ToJsonString());
        }
    }

    private static async Task<string> CreateOrganizationAsync(ApiClient admin, string name, string kind, string parentId, CancellationToken cancellationToken)
    {
        var payload = await admin.MutateAsync(CreateOrganization, "createOrganization", new { input = new { name, kind, parentId } }, cancellationToken);
        return payload["organization"]?["id"]?.GetValue<string>() ?? throw new InvalidOperationException($"createOrganization failed: {payload.ToJsonString()}");
    }

    private static object CampaignInput(string organizerId, DateTimeOffset opens, DateTimeOffset closes) => new
    {
        organizerId,
        code = "21-4",
        title = "Phong trào thi đua đổi mới sáng tạo chào mừng Ngày 21/4",
        kind = "EMULATION_MOVEMENT",
        occasion = "WORLD_CREATIVITY_AND_INNOVATION_DAY",
        themes = new[] { "Chuyển đổi số", "Cải cách hành chính" },
        slogans = new[] { "Sáng tạo vì cộng đồng" },
        legalBasis = new[] { "Kế hoạch số 45/KH-UBND ngày 01/4/2026 của UBND phường" },
        submissionOpensAt = opens.ToString("O"),
        submissionClosesAt = closes.ToString("O"),
        blindReview = false,
        categories = new[] { "Cải cách hành chính", "Giáo dục", "Y tế" },
        criteria = new object[]
        {
            new { code = "NOVELTY", name = "Tính mới, tính sáng tạo", maxPoints = 30 },
            new { code = "EFFECT", name = "Hiệu quả kinh tế - xã hội", maxPoints = 40 },
            new { code = "SCOPE", name = "Khả năng áp dụng, nhân rộng", maxPoints = 30 },
        },
        passThreshold = 50,
        aggregation = "MEAN",
        disagreementThreshold = 20,
        tieBreak = new[] { "NOVELTY", "EFFECT" },
        awardTiers = new object[]
        {
            new { name = "Giải Nhất", form = "PRIZE", quota = 1, minimumScore = 85 },
            new { name = "Giải Nhì", form = "PRIZE", quota = 2, minimumScore = 75 },
            new { name = "Giấy khen", form = "CERTIFICATE_OF_MERIT", quota = 5, minimumScore = 60 },
        },
        maxAttachmentBytes = 1_000_000,
    };
}

/// <summary>The database behind the host.</summary>
public enum Provider
{
    Sqlite,
    Postgres,
}
