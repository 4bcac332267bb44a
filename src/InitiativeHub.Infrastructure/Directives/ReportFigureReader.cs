using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using InitiativeHub.Infrastructure.Organizations;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Directives;

/// <summary>
/// Counts entries submitted in a period by the organizations of given subtrees. An entry counts for its submitting or
/// nominating unit; a citizen's entry (no unit) counts for the campaign's organizer.
/// </summary>
/// <remarks>
/// Award decisions: the only award outcome stored today is the entry status AWARDED, so "awarded" reads it and
/// "recognized" is an awarded initiative. When award decisions get their own table, <see cref="IsAwarded"/> and
/// <see cref="IsRecognized"/> are the two places to point at it.
/// </remarks>
public sealed class ReportFigureReader(IDbContextFactory<AppDbContext> contexts) : IReportFigureReader
{
    private static readonly EntryStatus[] NotSubmitted = [EntryStatus.Draft, EntryStatus.Withdrawn];

    public async Task<ReportFigures> CountAsync(IReadOnlyCollection<Guid> subtreeRoots, DateTimeOffset periodStart, DateTimeOffset periodEnd, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rootPaths = await db.Organizations.AsNoTracking().Where(o => subtreeRoots.Contains(o.Id)).Select(o => o.Path).ToListAsync(cancellationToken);
        if (rootPaths.Count == 0)
        {
            return new ReportFigures([]);
        }

        var inScope = db.Organizations.Where(OrganizationPaths.WithinAny(rootPaths));
        var rows = await (
            from entry in db.Entries.AsNoTracking()
            join campaign in db.Campaigns.AsNoTracking() on entry.CampaignId equals campaign.Id
            join organization in inScope on entry.OrganizationId ?? campaign.OrganizerId equals organization.Id
            where entry.SubmittedAt != null && entry.SubmittedAt >= periodStart && entry.SubmittedAt < periodEnd && !NotSubmitted.Contains(entry.Status)
            select new { entry, CampaignTitle = campaign.Title, campaign.Categories, OrganizationId = organization.Id, OrganizationName = organization.Name })
            .ToListAsync(cancellationToken);
        return new ReportFigures(rows
            .OrderBy(r => r.entry.SubmittedAt).ThenBy(r => r.entry.Id)
            .Select(r => new FigureItem(
                r.entry.Id,
                r.entry.Content.Title,
                r.entry.Kind,
                r.Categories.FirstOrDefault(c => c.Id == r.entry.CategoryId)?.Name ?? string.Empty,
                r.OrganizationId,
                r.OrganizationName,
                r.CampaignTitle,
                r.entry.SubmittedAt!.Value,
                r.entry.ReceiptNumber,
                IsRecognized(r.entry),
                IsAwarded(r.entry)))
            .ToList());
    }

    private static bool IsAwarded(Entry entry) => entry.Status == EntryStatus.Awarded;

    private static bool IsRecognized(Entry entry) => entry.Kind == EntryKind.Initiative && IsAwarded(entry);
}
