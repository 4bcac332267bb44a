using System.Globalization;
using System.Runtime.CompilerServices;
using InitiativeHub.Application.Exports;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// Reads the campaign's entries (every one past draft, streamed from the database in submission order) and its
/// judges' score sheets (one sheet per panel member who scores, with every entry assigned to them).
/// </summary>
public sealed class ExportDataReader(IDbContextFactory<AppDbContext> contexts) : IExportDataReader
{
    public async Task<EntriesExportData> ReadEntriesAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Entries.CountAsync(e => e.CampaignId == campaign.Id && e.Status != EntryStatus.Draft, cancellationToken);
        var organizer = await db.Organizations.Where(o => o.Id == campaign.OrganizerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return new EntriesExportData(campaign.Title, organizer ?? string.Empty, total, StreamEntriesAsync(campaign, cancellationToken));
    }

    public async Task<ScoreSheetsExportData> ReadScoreSheetsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var panels = await db.Panels.AsNoTracking().Where(p => p.CampaignId == campaign.Id).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status != AssignmentStatus.Conflict)
            .OrderBy(a => a.SortKey)
            .ToListAsync(cancellationToken);
        var entryIds = assignments.Select(a => a.EntryId).Distinct().ToList();
        var entries = await db.Entries.AsNoTracking().Where(e => entryIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var panelIds = panels.Select(p => p.Id).ToList();
        var sheets = await db.ScoreSheets.AsNoTracking().Where(s => panelIds.Contains(s.PanelId)).ToListAsync(cancellationToken);
        var judgeIds = panels.SelectMany(p => p.ScoringMemberIds).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => judgeIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? u.Id.ToString() : u.FullName, cancellationToken);
        var criteria = campaign.Rubric.Criteria;

        var judges = new List<JudgeSheets>();
        foreach (var panel in panels.OrderBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)))
        {
            foreach (var judgeId in panel.ScoringMemberIds)
            {
                var rows = assignments.Where(a => a.PanelId == panel.Id && a.JudgeId == judgeId && entries.ContainsKey(a.EntryId)).Select(a =>
                {
                    var entry = entries[a.EntryId];
                    var sheet = sheets.FirstOrDefault(s => s.EntryId == a.EntryId && s.JudgeId == judgeId);
                    var scores = criteria.Select(c => sheet?.Scores.FirstOrDefault(s => s.Code == c.Code)?.Points).ToList();
                    return new JudgeSheetRow(entry.ReceiptNumber, entry.Content.Title, scores, sheet?.Total, sheet?.Comment, DocumentLabels.Of(sheet?.Status));
                }).ToList();
                judges.Add(new JudgeSheets(names.GetValueOrDefault(judgeId) ?? judgeId.ToString(), panel.Name, rows));
            }
        }

        return new ScoreSheetsExportData(campaign.Title, criteria.Select(c => c.Name).ToList(), judges);
    }

    private async IAsyncEnumerable<EntryExportRow> StreamEntriesAsync(Campaign campaign, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = campaign.Categories.ToDictionary(c => c.Id, c => c.Name);
        var organizationIds = await db.Entries.Where(e => e.CampaignId == campaign.Id && e.OrganizationId != null)
            .Select(e => e.OrganizationId!.Value).Distinct().ToListAsync(cancellationToken);
        var organizations = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var entries = db.Entries.AsNoTracking()
            .Where(e => e.CampaignId == campaign.Id && e.Status != EntryStatus.Draft)
            .OrderBy(e => e.SubmittedSortKey).ThenBy(e => e.SortKey)
            .AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            yield return new EntryExportRow(
                entry.ReceiptNumber,
                entry.Content.Title,
                categories.GetValueOrDefault(entry.CategoryId) ?? string.Empty,
                DocumentLabels.Of(entry.Kind),
                string.Join(", ", entry.Content.Authors.Select(a => $"{a.FullName} ({a.ContributionPercent.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))}%)")),
                entry.OrganizationId is { } org ? organizations.GetValueOrDefault(org) : null,
                DocumentLabels.Of(entry.Status),
                entry.SubmittedAt);
        }
    }
}
