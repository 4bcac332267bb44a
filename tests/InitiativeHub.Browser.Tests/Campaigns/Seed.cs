using InitiativeHub.Application.Access;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Infrastructure.Identity;
using InitiativeHub.Web.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InitiativeHub.Browser.Tests.Campaigns;

/// <summary>
/// Sets up what a browser test needs through the host's own use cases (never the database): accounts, a ward with an
/// organizer, an open campaign, submitted entries. Each call runs in its own service scope, as a request would.
/// </summary>
public sealed class Seed(BrowserFixture fixture)
{
    public const string WardName = "UBND phường Trần Hưng Đạo";

    /// <summary>A new account (email as given, password <see cref="AccountSteps.Password"/>) with its full name; returns its id.</summary>
    public async Task<Guid> UserAsync(string email, string fullName)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.RegisterAsync(fullName, email, AccountSteps.Password, fixture.BaseAddress);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(error => error.Description)));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.FindByEmailAsync(email))!.Id;
    }

    /// <summary>A new ward under the root organization, made by the bootstrap administrator.</summary>
    public async Task<Guid> WardAsync(string name = WardName)
    {
        var admin = await AdminAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        var grants = await scope.ServiceProvider.GetRequiredService<UserService>().GetGrantsAsync(admin, admin.UserId!.Value, CancellationToken.None);
        var root = grants.Single(grant => grant.Role == Role.Admin).OrganizationId;
        var ward = await scope.ServiceProvider.GetRequiredService<OrganizationService>()
            .CreateAsync(admin, name, $"P-{Guid.NewGuid():N}"[..12], OrganizationKind.CommunePeoplesCommittee, root, CancellationToken.None);
        return ward.Id;
    }

    /// <summary>Grants the ORGANIZER role at an organization.</summary>
    public Task GrantOrganizerAsync(Guid userId, Guid organizationId) => GrantAsync(userId, Role.Organizer, organizationId);

    /// <summary>Grants <paramref name="role"/> at an organization, as the bootstrap administrator.</summary>
    public async Task GrantAsync(Guid userId, Role role, Guid organizationId)
    {
        var admin = await AdminAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserService>().GrantRoleAsync(admin, userId, role, organizationId, CancellationToken.None);
    }

    /// <summary>An OPEN campaign of the 21/4 movement, organized at <paramref name="organizationId"/> by <paramref name="organizer"/>.</summary>
    public async Task<Campaign> OpenCampaignAsync(
        Guid organizer, Guid organizationId, string title, long maxAttachmentBytes = 2_000_000, TimeSpan? openedAgo = null)
    {
        var viewer = new Viewer(organizer);
        var now = DateTimeOffset.UtcNow;
        var command = new CreateCampaignCommand(
            organizationId,
            "45/KH-UBND",
            title,
            CampaignKind.EmulationMovement,
            Occasion.WorldCreativityAndInnovationDay,
            ["Chuyển đổi số", "Cải cách hành chính"],
            ["Sáng tạo vì cộng đồng"],
            ["Kế hoạch số 45/KH-UBND ngày 01/4/2026 của UBND phường Trần Hưng Đạo"],
            now - (openedAgo ?? TimeSpan.FromHours(1)),
            now.AddDays(12).AddHours(6),
            BlindReview: false,
            ConflictIfSameOrganization: true,
            ["Cải cách hành chính", "Giáo dục", "Y tế"],
            [
                new CriterionData("TM", "Tính mới, tính sáng tạo", null, 30, null),
                new CriterionData("HQ", "Hiệu quả kinh tế - xã hội", null, 40, null),
                new CriterionData("NR", "Khả năng áp dụng, nhân rộng", null, 30, null),
            ],
            50,
            Aggregation.Mean,
            20,
            ["TM", "HQ"],
            [
                new AwardTierData("Giải Nhất", AwardForm.Prize, 1, 85),
                new AwardTierData("Giấy khen", AwardForm.CertificateOfMerit, 5, 60),
            ],
            maxAttachmentBytes,
            null,
            Guid.Empty);
        await using var scope = fixture.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var created = await campaigns.CreateAsync(viewer, command, CancellationToken.None);
        return await campaigns.ChangePhaseAsync(viewer, created.Id, CampaignPhase.Open, CancellationToken.None);
    }

    /// <summary>A submitted entry by <paramref name="submitter"/> (one author with the whole share).</summary>
    public async Task<(Entry Entry, Receipt Receipt)> SubmittedEntryAsync(
        Guid submitter, Campaign campaign, string title, string description, string authorName, string? confidential = null, (string Name, byte[] Bytes)? attachment = null)
    {
        var viewer = new Viewer(submitter);
        var content = new EntryContent(
            title, "Cải cách hành chính", new DateOnly(2026, 1, 5), description, "Có điện thoại thông minh", confidential,
            "Giảm thời gian chờ của người dân", null, null,
            [new Author(authorName, null, "UBND phường Trần Hưng Đạo", "Công chức", "Đại học", 100m)], []);
        await using var scope = fixture.Services.CreateAsyncScope();
        var entries = scope.ServiceProvider.GetRequiredService<EntryService>();
        var draft = await entries.CreateAsync(viewer, new CreateEntryCommand(campaign.Id, campaign.Categories[0].Id, EntryKind.Initiative, SubmitterKind.Individual, Guid.Empty, null, content), CancellationToken.None);
        if (attachment is var (name, bytes))
        {
            using var stream = new MemoryStream(bytes);
            await scope.ServiceProvider.GetRequiredService<AttachmentService>().AddAsync(viewer, draft.Id, name, bytes.Length, stream, CancellationToken.None);
        }

        return await entries.SubmitAsync(viewer, draft.Id, null, CancellationToken.None);
    }

    /// <summary>The entries the submitter can list in a campaign (their own, drafts included).</summary>
    public async Task<IReadOnlyList<Entry>> EntriesOfAsync(Guid submitter, Guid campaignId)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<EntryService>()
            .ListAsync(new Viewer(submitter), campaignId, new EntryFilter(), EntrySort.CreatedAscending, new(First: 100), CancellationToken.None);
        return page.Items.Select(item => item.Node).ToList();
    }

    /// <summary>A new organization made by the bootstrap administrator, under <paramref name="parentId"/> or the root organization.</summary>
    public async Task<Guid> OrganizationAsync(string name, OrganizationKind kind, Guid? parentId = null)
    {
        var admin = await AdminAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        if (parentId is null)
        {
            var grants = await scope.ServiceProvider.GetRequiredService<UserService>().GetGrantsAsync(admin, admin.UserId!.Value, CancellationToken.None);
            parentId = grants.Single(grant => grant.Role == Role.Admin).OrganizationId;
        }

        var organization = await scope.ServiceProvider.GetRequiredService<OrganizationService>()
            .CreateAsync(admin, name, null, kind, parentId, CancellationToken.None);
        return organization.Id;
    }

    /// <summary>A directive issued by <paramref name="issuer"/>'s organizer to the recipients, reporting on the days around today, due in a week.</summary>
    public async Task<Guid> DirectiveAsync(Guid organizer, Guid issuer, IReadOnlyList<Guid> recipients, string code, string title)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")).DateTime);
        var draft = new DirectiveDraft(
            code, title, today.AddDays(-1), today.AddDays(1), DateTimeOffset.UtcNow.AddDays(7),
            ["Công văn số 2341/BKHCN-ĐMST ngày 16/4/2026 của Bộ Khoa học và Công nghệ"], "Tổng hợp kết quả tuyên truyền, gửi về Sở trước hạn.");
        var directive = await scope.ServiceProvider.GetRequiredService<DirectiveService>().IssueAsync(new Viewer(organizer), issuer, draft, recipients, CancellationToken.None);
        return directive.Id;
    }

    /// <summary>Merges <paramref name="organizationId"/> into <paramref name="successorId"/> as the bootstrap administrator.</summary>
    public async Task MergeAsync(Guid organizationId, Guid successorId)
    {
        var admin = await AdminAsync();
        await using var scope = fixture.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrganizationService>().MergeAsync(admin, [organizationId], successorId, CancellationToken.None);
    }

    private async Task<Viewer> AdminAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return new Viewer((await users.FindByEmailAsync(BrowserFixture.AdminEmail))!.Id);
    }
}
