using InitiativeHub.Application.Common.Time;
using InitiativeHub.Application.Directives;
using InitiativeHub.Application.Exports;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Infrastructure.Exports;

/// <summary>
/// Reads what a results report is made of, through the same <see cref="DirectiveAggregator"/> as the dashboard: the
/// issuer's report covers every recipient and goes to the body above the issuer; a recipient's covers its own row and
/// goes to the directive's issuer under the name in force today (its successor's when it was merged).
/// </summary>
public sealed class ResultsReportReader(IDirectiveReader directives, DirectiveAggregator aggregator, IOrganizationReader organizations, TimeProvider clock)
    : IResultsReportReader
{
    public async Task<ResultsReportData?> ReadAsync(Guid directiveId, Guid organizationId, CancellationToken cancellationToken)
    {
        var directive = (await directives.GetByIdsAsync([directiveId], cancellationToken)).GetValueOrDefault(directiveId);
        var writer = (await organizations.GetByIdsAsync([organizationId], cancellationToken)).GetValueOrDefault(organizationId);
        if (directive is null || writer is null)
        {
            return null;
        }

        var consolidated = organizationId == directive.IssuerId;
        var aggregate = await aggregator.BuildAsync(directive, consolidated ? null : organizationId, cancellationToken);
        var ancestorIds = writer.PathValue.Ids.Where(id => id != writer.Id).Reverse().ToList();
        var known = await organizations.GetByIdsAsync(ancestorIds, cancellationToken);
        var ancestors = ancestorIds.Where(known.ContainsKey).Select(id => known[id]).ToList();
        string? addressee;
        if (consolidated)
        {
            addressee = ancestors.Count > 0 ? ancestors[0].Name : null;
        }
        else
        {
            var current = OrganizationLineage.CurrentOf(await organizations.GetMergesAsync(cancellationToken)).GetValueOrDefault(directive.IssuerId, directive.IssuerId);
            addressee = (await organizations.GetByIdsAsync([current], cancellationToken)).GetValueOrDefault(current)?.Name ?? directive.IssuerName;
        }

        var plans = new List<ReportedPlan>();
        foreach (var unit in aggregate.Rows.SelectMany(r => r.Reports.Select(report => report.OrganizationId).Prepend(r.OrganizationId)).Distinct())
        {
            foreach (var plan in (await directives.ListPlansAsync(unit, cancellationToken)).Where(p => p.DirectiveId == directive.Id).OrderBy(p => p.CreatedAt))
            {
                plans.Add(new ReportedPlan(plan, await directives.ListTasksOfPlanAsync(plan.Id, cancellationToken)));
            }
        }

        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(clock.GetUtcNow()).DateTime);
        return ResultsReportComposer.Compose(new ResultsReportSource(aggregate, writer, ancestors, addressee, plans, today));
    }
}
