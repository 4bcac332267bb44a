using System.Globalization;
using System.Runtime.CompilerServices;
using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Exports;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Exports;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

using DocumentAwardeeKind = InitiativeHub.Application.Exports.AwardeeKind;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// The commendation documents' data from the stored awards and council votes. The awardee list holds every award
/// still approved (revoked ones are gone from it), individuals first: one row per author of an individual entry, one
/// row per collective with its members in the achievement. The decision draft is the latest decision that approved
/// awards, with those awards attached. The minutes are the campaign's latest council vote beside the ranking. A
/// campaign without such data answers null, and <c>startExport</c> refuses it up front.
/// </summary>
public sealed class CommendationExportReader(IDbContextFactory<AppDbContext> contexts) : ICommendationExportReader
{
    private const string ListTitle = "Danh sách khen thưởng";

    public async Task<bool> IsAvailableAsync(Campaign campaign, ExportKind kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return kind == ExportKind.CouncilMinutes
            ? await db.PanelVotes.AnyAsync(v => v.CampaignId == campaign.Id, cancellationToken)
            : await db.Awards.AnyAsync(a => a.CampaignId == campaign.Id && a.Status == AwardStatus.Approved, cancellationToken);
    }

    public async Task<AwardeeListData?> ReadAwardeeListAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var decisions = await db.Awards.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == AwardStatus.Approved)
            .GroupBy(a => new { a.DecisionNumber, a.DecisionDate })
            .Select(g => new { Number = g.Key.DecisionNumber, Date = g.Key.DecisionDate, Count = g.Count(), DecidedAt = g.Max(a => a.DecidedAt) })
            .ToListAsync(cancellationToken);
        if (decisions.Count == 0)
        {
            return null;
        }

        var issuer = await IssuerAsync(db, campaign, cancellationToken);
        var latest = decisions.OrderByDescending(d => d.DecidedAt).First();
        var date = latest.Date ?? VietnamDate(latest.DecidedAt);
        var reference = decisions.Count == 1 && latest.Number is { } number ? Reference(number, date, issuer.Authority) : null;
        return List(campaign, issuer, reference, date, decisions.Sum(d => d.Count), null);
    }

    public async Task<DecisionDraftData?> ReadDecisionDraftAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.Awards.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == AwardStatus.Approved && a.DecisionNumber != null)
            .OrderByDescending(a => a.DecidedAt)
            .Select(a => new { a.DecisionNumber, a.DecisionDate, a.DecidedAt, a.DecidedBy })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not { DecisionNumber: { } numberText, DecidedAt: { } decidedAt })
        {
            return null;
        }

        var number = DecisionNumber.Parse(numberText);
        var counts = await db.Awards.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == AwardStatus.Approved && a.DecisionNumber == numberText)
            .GroupBy(a => a.AwardeeKind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);
        var issuer = await IssuerAsync(db, campaign, cancellationToken);
        var leader = latest.DecidedBy is { } leaderId
            ? await db.Users.Where(u => u.Id == leaderId).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken)
            : null;
        // Awards decided before decisions carried their own date fall back to the day they were recorded.
        var date = latest.DecisionDate ?? VietnamDate(decidedAt);
        var individuals = counts.GetValueOrDefault(Domain.Awards.AwardeeKind.Individual);
        var collectives = counts.GetValueOrDefault(Domain.Awards.AwardeeKind.Collective);
        var annex = List(campaign, issuer, Reference(numberText, date, issuer.Authority), date, individuals + collectives, numberText);
        return new DecisionDraftData(
            issuer.Body,
            number.Number,
            number.Symbol,
            date,
            $"Về việc khen thưởng các cá nhân, tập thể có thành tích\ntrong {campaign.Title}",
            issuer.Authority,
            Bases(issuer, campaign),
            [
                $"Khen thưởng {Counted(individuals, "cá nhân")}{(individuals > 0 && collectives > 0 ? " và " : string.Empty)}{Counted(collectives, "tập thể")} "
                    + $"có thành tích trong {campaign.Title}, với hình thức khen thưởng ghi tại danh sách kèm theo.",
                "Kinh phí khen thưởng thực hiện theo quy định hiện hành.",
                $"Thủ trưởng các cơ quan, đơn vị có liên quan thuộc {issuer.Organization.Name} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ],
            new Signer(null, issuer.HeadTitle, string.IsNullOrWhiteSpace(leader) ? null : leader),
            ["Như Điều 3", "Lưu: VT"],
            annex);
    }

    public async Task<CouncilMinutesData?> ReadCouncilMinutesAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var vote = await db.PanelVotes.AsNoTracking()
            .Where(v => v.CampaignId == campaign.Id)
            .OrderByDescending(v => v.HeldAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (vote is null)
        {
            return null;
        }

        var panel = await db.Panels.AsNoTracking().FirstAsync(p => p.Id == vote.PanelId, cancellationToken);
        var issuer = await IssuerAsync(db, campaign, cancellationToken);
        var memberIds = panel.Members.Select(m => m.UserId).ToList();
        var names = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? string.Empty : u.FullName, cancellationToken);
        string NameOf(Guid id) => names.GetValueOrDefault(id) ?? string.Empty;

        var ranking = await db.EntryResults.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Rank != null)
            .OrderBy(r => r.Rank)
            .ToListAsync(cancellationToken);
        var entryIds = ranking.Select(r => r.EntryId).ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var cast = vote.VotedIds.Count;
        var results = ranking.Where(r => entries.ContainsKey(r.EntryId)).Select(r =>
        {
            var entry = entries[r.EntryId];
            // The council votes on the proposed list as a whole: an entry on it carries the list's tally.
            var onList = vote.EntryIds.Count == 0 ? r.Passed : vote.EntryIds.Contains(r.EntryId);
            return new CouncilResultRow(
                entry.Content.Title,
                string.Join(", ", entry.Content.Authors.Select(a => a.FullName)),
                r.RawScore,
                onList ? vote.Yes : 0,
                cast,
                !onList ? "Không đề nghị" : vote.Passed ? "Đề nghị khen thưởng" : "Không được thông qua");
        }).ToList();

        var heldAt = VietnamTime.ToLocal(vote.HeldAt);
        var date = DateOnly.FromDateTime(heldAt.DateTime);
        var chair = panel.Members.FirstOrDefault(m => m.Role == PanelRole.Chair);
        var secretary = panel.Members.FirstOrDefault(m => m.Role == PanelRole.Secretary);
        var attendees = panel.Members.Where(m => vote.PresentIds.Contains(m.UserId))
            .OrderBy(m => m.Role)
            .Select(m => new CouncilAttendee(NameOf(m.UserId), RoleLabel(m.Role), null))
            .ToList();
        var ballot = vote.Kind == BallotKind.Secret ? "bỏ phiếu kín" : "biểu quyết công khai";
        return new CouncilMinutesData(
            issuer.Body,
            panel.Name,
            null,
            "BB-HĐ",
            date,
            $"Họp xét, đánh giá kết quả {campaign.Title}",
            $"Vào lúc {heldAt.Hour:00} giờ {heldAt.Minute:00} {OfficialDate.LongForm(date)}, tại trụ sở {issuer.Organization.Name}.",
            attendees,
            [
                $"Hội đồng có {vote.MemberIds.Count} thành viên, có mặt {vote.PresentIds.Count} thành viên.",
                $"Hội đồng nghe báo cáo kết quả chấm điểm {results.Count} hồ sơ theo thứ tự xếp hạng.",
                $"Hội đồng {ballot} về nội dung: {vote.Subject}. Kết quả: {vote.Yes} phiếu đồng ý, {vote.No} phiếu không đồng ý, "
                    + $"{vote.Abstain} phiếu không có ý kiến trên tổng số {vote.MemberIds.Count} thành viên; "
                    + $"cần {vote.RequiredYes} phiếu đồng ý ({vote.ThresholdNumerator}/{vote.ThresholdDenominator} tổng số thành viên). "
                    + (vote.Passed ? "Nội dung được thông qua." : "Nội dung không được thông qua."),
            ],
            results,
            new Signer(null, "Thư ký", secretary is null ? null : NameOf(secretary.UserId)),
            new Signer("TM. Hội đồng", "Chủ tịch", chair is null ? null : NameOf(chair.UserId)));
    }

    /// <summary>The list's header data and its rows streamed from the database (tier by tier, then rank).</summary>
    private AwardeeListData List(Campaign campaign, Issuer issuer, string? reference, DateOnly date, long total, string? decisionNumber) =>
        new(
            issuer.Body,
            ListTitle,
            reference,
            date,
            total,
            RowsAsync(campaign, Domain.Awards.AwardeeKind.Individual, decisionNumber, issuer, CancellationToken.None),
            RowsAsync(campaign, Domain.Awards.AwardeeKind.Collective, decisionNumber, issuer, CancellationToken.None));

    private async IAsyncEnumerable<AwardeeRow> RowsAsync(
        Campaign campaign, Domain.Awards.AwardeeKind kind, string? decisionNumber, Issuer issuer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organizationIds = await db.Entries.Where(e => e.CampaignId == campaign.Id && e.OrganizationId != null)
            .Select(e => e.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var parentIds = organizations.Values.Where(o => o.ParentId != null).Select(o => o.ParentId!.Value).Distinct().ToList();
        var parents = await db.Organizations.AsNoTracking().Where(o => parentIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        foreach (var tier in campaign.AwardTiers)
        {
            var awards = db.Awards.AsNoTracking()
                .Where(a => a.CampaignId == campaign.Id && a.Status == AwardStatus.Approved && a.AwardeeKind == kind && a.TierId == tier.Id)
                .Where(a => decisionNumber == null || a.DecisionNumber == decisionNumber)
                .Join(db.Entries.AsNoTracking(), a => a.EntryId, e => e.Id, (a, e) => new { a.Score, a.Rank, a.SortKey, Entry = e })
                .OrderBy(x => x.Rank == null).ThenBy(x => x.Rank).ThenBy(x => x.SortKey)
                .AsAsyncEnumerable();
            var form = FormLabel(tier);
            await foreach (var award in awards.WithCancellation(cancellationToken))
            {
                var entry = award.Entry;
                var organization = entry.OrganizationId is { } id ? organizations.GetValueOrDefault(id) : null;
                var what = $"{DocumentLabels.Of(entry.Kind)} \"{entry.Content.Title}\"";
                if (kind == Domain.Awards.AwardeeKind.Collective)
                {
                    var members = string.Join(", ", entry.Content.Authors.Select(a => a.FullName));
                    yield return new AwardeeRow(
                        DocumentAwardeeKind.Collective,
                        organization?.Name ?? (entry.Content.Authors.Count > 0 ? entry.Content.Authors[0].Workplace : null) ?? string.Empty,
                        null,
                        organization?.ParentId is { } parentId ? parents.GetValueOrDefault(parentId) : issuer.Organization.Name,
                        members.Length == 0 ? what : $"{what} (thành viên: {members})",
                        form,
                        award.Score);
                    continue;
                }

                var authors = entry.Content.Authors;
                foreach (var author in authors)
                {
                    yield return new AwardeeRow(
                        DocumentAwardeeKind.Individual,
                        author.FullName,
                        author.Position,
                        author.Workplace ?? organization?.Name,
                        authors.Count > 1 ? $"Đồng tác giả {what}" : $"Tác giả {what}",
                        form,
                        award.Score);
                }
            }
        }
    }

    private static async Task<Issuer> IssuerAsync(AppDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var organizer = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == campaign.OrganizerId, cancellationToken);
        // The place is the administrative unit the issuer sits in: itself or its nearest people's committee above.
        var ancestorIds = OrganizationPathIds(organizer);
        var ancestors = await db.Organizations.AsNoTracking().Where(o => ancestorIds.Contains(o.Id)).ToListAsync(cancellationToken);
        var parent = ancestors.FirstOrDefault(o => o.Id == organizer.ParentId);
        var seat = new[] { organizer }.Concat(ancestorIds.AsEnumerable().Reverse().Select(id => ancestors.FirstOrDefault(o => o.Id == id)).OfType<Organization>())
            .FirstOrDefault(o => o.Kind is OrganizationKind.CommunePeoplesCommittee or OrganizationKind.ProvincePeoplesCommittee) ?? organizer;
        var head = organizer.Kind switch
        {
            OrganizationKind.CommunePeoplesCommittee or OrganizationKind.ProvincePeoplesCommittee => "Chủ tịch",
            OrganizationKind.Department => "Giám đốc",
            OrganizationKind.Ministry => "Bộ trưởng",
            _ => "Thủ trưởng",
        };
        return new Issuer(
            organizer,
            new IssuingBody(parent?.Name, organizer.Name, PlaceName(seat.Name)),
            head,
            $"{head} {organizer.Name}");
    }

    private static List<Guid> OrganizationPathIds(Organization organization) =>
        organization.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Guid.TryParse(part, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty && id != organization.Id)
            .ToList();

    /// <summary>"Ủy ban nhân dân phường Đông Kinh" → "Đông Kinh"; "UBND tỉnh Lạng Sơn" → "Lạng Sơn".</summary>
    private static string PlaceName(string name)
    {
        var place = name.Trim();
        foreach (var prefix in (string[])["Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "thành phố", "tỉnh", "phường", "xã", "đặc khu"])
        {
            if (place.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                place = place[prefix.Length..].Trim();
            }
        }

        return place.Length == 0 ? name : place;
    }

    private static IReadOnlyList<string> Bases(Issuer issuer, Campaign campaign) =>
    [
        .. issuer.Organization.Kind is OrganizationKind.CommunePeoplesCommittee or OrganizationKind.ProvincePeoplesCommittee
            ? ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"]
            : Array.Empty<string>(),
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        $"Căn cứ kết quả xét duyệt của Hội đồng đối với {campaign.Title};",
        $"Theo đề nghị của Ban tổ chức {campaign.Title}.",
    ];

    private static string Reference(string decisionNumber, DateOnly date, string authority) =>
        $"(Kèm theo Quyết định số {decisionNumber} ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {authority})";

    private static DateOnly VietnamDate(DateTimeOffset? instant) =>
        DateOnly.FromDateTime(VietnamTime.ToLocal(instant ?? DateTimeOffset.UtcNow).DateTime);

    private static string Counted(int count, string noun) => count > 0 ? $"{count.ToString(CultureInfo.InvariantCulture)} {noun}" : string.Empty;

    /// <summary>
    /// The form as the list prints it: a prize by its own name ("Giải Nhất"), another form by its name with the tier's
    /// when that says more ("Giấy khen - Xuất sắc").
    /// </summary>
    private static string FormLabel(AwardTier tier)
    {
        var form = tier.Form switch
        {
            AwardForm.CertificateOfMerit => "Giấy khen",
            AwardForm.ProposalForProvincialMerit => "Đề nghị tặng Bằng khen",
            AwardForm.Prize => tier.Name,
            AwardForm.InitiativeRecognition => "Công nhận sáng kiến",
            _ => tier.Form.ToString(),
        };
        return VietnameseText.Fold(tier.Name) == VietnameseText.Fold(form) ? form : $"{form} - {tier.Name}";
    }

    private static string RoleLabel(PanelRole role) => role switch
    {
        PanelRole.Chair => "Chủ tịch Hội đồng",
        PanelRole.ViceChair => "Phó Chủ tịch Hội đồng",
        PanelRole.Secretary => "Ủy viên thư ký",
        _ => "Ủy viên",
    };

    private sealed record Issuer(Organization Organization, IssuingBody Body, string HeadTitle, string Authority);
}
