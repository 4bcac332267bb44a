using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Audit;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Tests.Data;

/// <summary>SQLite run of the repository suite.</summary>
public sealed class RepositoryTestsOnSqlite(SqliteDatabase database) : RepositoryTests<SqliteDatabase>(database);

/// <summary>PostgreSQL run of the repository suite.</summary>
public sealed class RepositoryTestsOnPostgres(PostgresDatabase database) : RepositoryTests<PostgresDatabase>(database);

/// <summary>
/// The repositories and readers through their ports, on each provider: what differs between engines (instants and
/// offsets, ordering of sort keys, diacritic-insensitive and similar-entry search, concurrent writers, the audit hash
/// chain) must behave the same on both.
/// </summary>
public abstract class RepositoryTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Opens = new(2026, 4, 1, 8, 30, 0, Vietnam);
    private static readonly DateTimeOffset Closes = new(2026, 5, 15, 17, 0, 0, Vietnam);
    private static readonly DateTimeOffset During = Opens.AddDays(3);

    private readonly Guid _actorId = Guid.NewGuid();

    private CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Campaign_EnteredInVietnamTime_ReadsBackAsTheSameInstant_AndIsFoundByItsWindow()
    {
        var campaign = await NewOpenCampaignAsync();

        var loaded = await database.Get<ICampaignRepository>().GetAsync(campaign.Id, Cancellation);
        await using var db = await NewContextAsync();
        var closingThatDay = await db.Campaigns.CountAsync(
            c => c.Id == campaign.Id && c.SubmissionClosesAt > Closes.AddMinutes(-1) && c.SubmissionClosesAt <= Closes, Cancellation);

        Assert.NotNull(loaded);
        Assert.Equal(Opens.UtcTicks, loaded.SubmissionOpensAt.UtcTicks);
        Assert.Equal(Closes.UtcTicks, loaded.SubmissionClosesAt.UtcTicks);
        Assert.Equal(1, closingThatDay);
    }

    [Fact]
    public async Task Entries_PagedByTitle_ForwardThenBackward_FollowTheFoldedTitlesBytewise()
    {
        var campaign = await NewOpenCampaignAsync();
        var submitter = Guid.NewGuid();
        string[] titles =
        [
            "Đường dây nóng phản ánh hiện trường", "Duong day nong ban dem", "Ứng dụng Zalo OA tra cứu thủ tục",
            "ung dung so hoa ho so", "Zalo cho người cao tuổi", "A-B thử nghiệm biểu mẫu", "AB kiosk tra cứu", "Ấp văn hoá số",
        ];
        foreach (var title in titles)
        {
            await AddEntryAsync(campaign, title, "Mô tả ngắn.", submitter);
        }

        var reader = database.Get<IEntryReader>();
        var forward = new List<Entry>();
        string? after = null;
        Page<Entry> page;
        do
        {
            page = await reader.ListAsync(campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(), EntrySort.TitleAscending, new PageRequest(First: 3, After: after), Cancellation);
            forward.AddRange(page.Items.Select(i => i.Node));
            after = page.Items.Count > 0 ? page.Items[^1].Cursor : null;
        }
        while (page.HasNextPage);

        var lastPage = await reader.ListAsync(campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(), EntrySort.TitleAscending, new PageRequest(Last: 3), Cancellation);
        var beforeLast = await reader.ListAsync(
            campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(), EntrySort.TitleAscending, new PageRequest(Last: 3, Before: lastPage.Items[0].Cursor), Cancellation);

        var expected = titles.OrderBy(t => VietnameseText.Fold(t), StringComparer.Ordinal).ToList();
        var byKey = forward.Select(e => e.TitleSortKey).ToList();
        Assert.Equal(byKey.OrderBy(k => k, StringComparer.Ordinal), byKey);
        Assert.Equal(titles.Length, forward.Count);
        Assert.Equal(titles.Length, page.TotalCount);
        Assert.Equal(forward.Select(e => e.Content.Title).TakeLast(3), lastPage.Items.Select(i => i.Node.Content.Title));
        Assert.Equal(forward.Select(e => e.Content.Title).Skip(titles.Length - 6).Take(3), beforeLast.Items.Select(i => i.Node.Content.Title));
        Assert.True(lastPage.HasPreviousPage);
        Assert.False(lastPage.HasNextPage);
        Assert.Equal(expected.Select(VietnameseText.Fold), forward.Select(e => VietnameseText.Fold(e.Content.Title)));
    }

    [Fact]
    public async Task Search_WithoutDiacritics_FindsTheVietnameseTitle()
    {
        var campaign = await NewOpenCampaignAsync();
        var submitter = Guid.NewGuid();
        await AddEntryAsync(campaign, "Số hoá hồ sơ đất đai tại phường", "Quét và lưu hồ sơ địa chính.", submitter);
        await AddEntryAsync(campaign, "Đường dây nóng của Ủy ban", "Tiếp nhận phản ánh 24/7.", submitter);

        var reader = database.Get<IEntryReader>();
        var plain = await reader.ListAsync(campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(Search: "so hoa ho so dat dai"), EntrySort.CreatedAscending, new PageRequest(), Cancellation);
        var capitals = await reader.ListAsync(campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(Search: "DUONG DAY"), EntrySort.CreatedAscending, new PageRequest(), Cancellation);
        var none = await reader.ListAsync(campaign.Id, EntryScope.OwnedBy(submitter), new EntryFilter(Search: "thuy loi"), EntrySort.CreatedAscending, new PageRequest(), Cancellation);

        Assert.Equal("Số hoá hồ sơ đất đai tại phường", Assert.Single(plain.Items).Node.Content.Title);
        Assert.Equal("Đường dây nóng của Ủy ban", Assert.Single(capitals.Items).Node.Content.Title);
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task FindSimilar_RanksSubmittedEntriesByWordsShared_IgnoringDiacritics_AndSkipsDrafts()
    {
        var campaign = await NewOpenCampaignAsync();
        var close = await SubmitAsync(campaign, await AddEntryAsync(campaign, "Tra cứu thủ tục hành chính qua Zalo", "Người dân tra cứu thủ tục trên điện thoại.", Guid.NewGuid()));
        var partial = await SubmitAsync(campaign, await AddEntryAsync(campaign, "Tra cứu thủ tục cấp phép xây dựng", "Nộp hồ sơ xây dựng trực tuyến.", Guid.NewGuid()));
        await SubmitAsync(campaign, await AddEntryAsync(campaign, "Vườn rau sạch trường học", "Học sinh trồng rau.", Guid.NewGuid()));
        var draft = await AddEntryAsync(campaign, "Tra cứu thủ tục hành chính qua Zalo", "Bản nháp giống hệt.", Guid.NewGuid());

        var matches = await database.Get<IEntryReader>().FindSimilarAsync(campaign.Id, "tra cuu thu tuc hanh chinh zalo", null, 5, Cancellation);

        Assert.Equal([close.Id, partial.Id], matches.Select(m => m.Entry.Id));
        Assert.Equal(1.0, matches[0].Similarity);
        Assert.DoesNotContain(matches, m => m.Entry.Id == draft.Id);
        Assert.True(matches[1].Similarity is >= 0.3 and < 1.0);
    }

    [Fact]
    public async Task ConcurrentSubmissions_GetConsecutiveReceipts_AndTheAuditChainStaysUnbroken()
    {
        var campaign = await NewOpenCampaignAsync();
        var entries = new List<Entry>();
        for (var i = 0; i < 12; i++)
        {
            entries.Add(await AddEntryAsync(campaign, $"Sáng kiến số {i + 1} về cải cách hành chính", "Mô tả.", Guid.NewGuid()));
        }

        var receipts = await Task.WhenAll(entries.Select(async entry =>
        {
            var version = entry.Submit(campaign, During);
            return await database.Get<IEntryRepository>().SaveSubmissionAsync(entry, version, null, _actorId, _ => [], Cancellation);
        }));
        var report = await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation);

        var sequences = receipts.Select(r => int.Parse(r.Number[^5..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 12), sequences);
        Assert.True(report.IsValid, report.Problem);
    }

    [Fact]
    public async Task AuditChain_AfterTamperingWithASummary_PointsAtTheRecord()
    {
        var organization = await NewOrganizationAsync($"Phường Tam Thanh {Guid.NewGuid():N}");
        await using (var db = await NewContextAsync())
        {
            var sequence = await db.AuditRecords.Where(a => a.EntityId == organization.Id).Select(a => a.Sequence).SingleAsync(Cancellation);
            var changed = await db.Database.ExecuteSqlAsync(
                $"UPDATE audit_records SET \"Summary\" = replace(\"Summary\", 'Tam Thanh', 'Hoàng Văn Thụ') WHERE \"Sequence\" = {sequence}", Cancellation);
            Assert.Equal(1, changed);

            var report = await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation);

            Assert.False(report.IsValid);
            Assert.Equal(sequence, report.BrokenAt);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE audit_records SET \"Summary\" = replace(\"Summary\", 'Hoàng Văn Thụ', 'Tam Thanh') WHERE \"Sequence\" = {sequence}", Cancellation);
        }

        Assert.True((await database.Get<AuditChainVerifier>().VerifyAsync(Cancellation)).IsValid);
    }

    private async Task<AppDbContext> NewContextAsync() =>
        await database.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(Cancellation);

    private async Task<Organization> NewOrganizationAsync(string name)
    {
        var organization = Organization.Create(Guid.NewGuid(), name, null, OrganizationKind.CommunePeoplesCommittee, null, Opens.AddDays(-30));
        await database.Get<IOrganizationRepository>().AddAsync(organization, _actorId, Cancellation);
        return organization;
    }

    private async Task<Campaign> NewOpenCampaignAsync()
    {
        var organization = await NewOrganizationAsync($"UBND phường Trần Hưng Đạo {Guid.NewGuid():N}");
        var definition = new CampaignDefinition(
            organization.Id,
            $"21-4-{Guid.NewGuid():N}"[..12],
            "Phong trào sáng kiến chào mừng Ngày Sáng tạo và Đổi mới thế giới 21/4",
            CampaignKind.EmulationMovement,
            Occasion.WorldCreativityAndInnovationDay,
            ["Chuyển đổi số"],
            ["Sáng tạo để phát triển"],
            ["Kế hoạch 45/KH-UBND"],
            Opens,
            Closes,
            false,
            false,
            ["Cải cách hành chính"],
            Rubric.Create([new Criterion("NOVELTY", "Tính mới", null, 100, 1)], 50, Aggregation.Mean, 20, ["NOVELTY"]),
            [new AwardTier(Guid.Empty, "Giải Nhất", AwardForm.Prize, 1, 85)],
            null,
            null);
        var campaign = Campaign.Create(Guid.NewGuid(), definition, Opens.AddDays(-1));
        await database.Get<ICampaignRepository>().AddAsync(campaign, _actorId, Cancellation);
        campaign.ChangePhase(CampaignPhase.Open, 0, Opens);
        await database.Get<ICampaignRepository>().SaveAsync(campaign, _actorId, "phase-changed", new { Phase = "Open" }, Cancellation);
        return campaign;
    }

    private async Task<Entry> AddEntryAsync(Campaign campaign, string title, string description, Guid submitterId)
    {
        var content = new EntryContent(
            title, "Cải cách hành chính", new DateOnly(2026, 3, 1), description, null, null, null, null, null,
            [new Author("Nguyễn Văn An", null, "UBND phường Trần Hưng Đạo", null, null, 100)], []);
        var entry = Entry.Create(Guid.NewGuid(), campaign, campaign.Categories[0].Id, EntryKind.Initiative, SubmitterKind.Individual, submitterId, null, content, During);
        await database.Get<IEntryRepository>().AddAsync(entry, submitterId, Cancellation);
        return entry;
    }

    private async Task<Entry> SubmitAsync(Campaign campaign, Entry entry)
    {
        var version = entry.Submit(campaign, During);
        await database.Get<IEntryRepository>().SaveSubmissionAsync(entry, version, null, entry.SubmitterId, _ => [], Cancellation);
        return entry;
    }
}
