using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;
using InitiativeHub.Domain.Text;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// Builds a directive's aggregate from the stored reports and the platform's own counts. It decides nothing about
/// who may see it: the dashboard (through <see cref="DirectiveService.GetAggregateAsync"/>) and the results-report
/// export both call it after their own authorization, so both show the same figures from one source.
/// </summary>
public sealed class DirectiveAggregator(IDirectiveReader reader, IReportFigureReader figures, IOrganizationReader organizations, TimeProvider clock)
{
    /// <summary>
    /// The aggregate over every recipient, or only over the recipient row standing for <paramref name="onlyOrganizationId"/>
    /// (the organization itself, or the successor of merged recipients) when given.
    /// </summary>
    public async Task<DirectiveAggregate> BuildAsync(Directive directive, Guid? onlyOrganizationId, CancellationToken cancellationToken)
    {
        var reports = await reader.ListReportsAsync(directive.Id, cancellationToken);
        var merges = await organizations.GetMergesAsync(cancellationToken);
        var current = OrganizationLineage.CurrentOf(merges);
        var now = clock.GetUtcNow();
        var groups = reports.GroupBy(r => current.GetValueOrDefault(r.OrganizationId, r.OrganizationId))
            .Where(g => onlyOrganizationId is not { } only || g.Key == only || g.Any(r => r.OrganizationId == only))
            .ToList();
        var names = await organizations.GetByIdsAsync(groups.Select(g => g.Key).ToList(), cancellationToken);
        var rows = new List<DirectiveAggregateRow>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var submitted = members.Where(r => r.IsSubmitted).ToList();
            var status = submitted.Count == 0
                ? members.Any(r => r.Status == UnitReportStatus.Draft) ? UnitReportStatus.Draft : UnitReportStatus.NotStarted
                : submitted.Any(r => r.Status == UnitReportStatus.Late) ? UnitReportStatus.Late : UnitReportStatus.Submitted;
            var roots = new List<Guid> { group.Key };
            roots.AddRange(OrganizationLineage.PredecessorsOf(group.Key, merges));
            rows.Add(new DirectiveAggregateRow(
                group.Key,
                names.TryGetValue(group.Key, out var organization) ? organization.Name : members[0].OrganizationName,
                members,
                status,
                submitted.Count == 0 && now > directive.ReportDueAt,
                submitted.Max(r => r.SubmittedAt),
                await CountAsync(directive, roots, cancellationToken),
                ActivityKinds.Sum(submitted.Select(r => r.TotalActivities))));
        }

        // The totals count each entry once, so a recipient below another recipient is never counted twice.
        var totals = new ReportFigures(rows.SelectMany(r => r.Figures.Items).DistinctBy(i => i.EntryId).ToList());
        return new DirectiveAggregate(
            directive,
            rows.OrderBy(r => VietnameseText.Fold(r.OrganizationName), StringComparer.Ordinal).ToList(),
            totals,
            ActivityKinds.Sum(rows.Select(r => r.Activities)));
    }

    /// <summary>The platform's figures for the directive's period over the subtrees of <paramref name="roots"/>.</summary>
    public Task<ReportFigures> CountAsync(Directive directive, IReadOnlyCollection<Guid> roots, CancellationToken cancellationToken) =>
        figures.CountAsync(roots, VietnamTime.StartOfDay(directive.PeriodStart), VietnamTime.StartOfDay(directive.PeriodEnd.AddDays(1)), cancellationToken);
}
