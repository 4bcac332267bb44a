using InitiativeHub.Application.Access;
using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Domain.Access;
using InitiativeHub.Domain.Common;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Directives;

/// <summary>
/// Use cases of directives and upward reporting. The issuer's managers (ManageDirectives at the issuer) issue a
/// directive and follow every recipient's status; a recipient's members (Report at the recipient) draft and submit its
/// report. Report contents are read through <see cref="IAccessControl.CanReadUnitReportAsync"/> only.
/// </summary>
public sealed class DirectiveService(
    IAccessControl access, IDirectiveReader reader, DirectiveAggregator aggregator, IOrganizationReader organizations, IGrainFactory grains)
{
    private readonly Dictionary<Guid, ReportFigures> _figures = [];

    public async Task<Directive> IssueAsync(Viewer viewer, Guid issuerId, DirectiveDraft draft, IReadOnlyList<Guid> recipientIds, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureAsync(viewer, Permission.ManageDirectives, issuerId, cancellationToken);
        var id = Guid.CreateVersion7();
        (await grains.GetGrain<IDirectiveGrain>(id).IssueAsync(new IssueDirectiveCommand(issuerId, draft, recipientIds, actorId))).Unwrap();
        return (await reader.GetByIdsAsync([id], cancellationToken))[id];
    }

    /// <summary>Saves the organization's report as a draft, or submits it (late submission is accepted and marked LATE).</summary>
    public async Task<UnitReport> SaveReportAsync(
        Viewer viewer, Guid directiveId, Guid organizationId, IReadOnlyList<ActivityCount> activities, string? narrative, bool submit, CancellationToken cancellationToken)
    {
        var actorId = access.RequireUser(viewer);
        await access.EnsureAsync(viewer, Permission.Report, organizationId, cancellationToken);
        var directive = (await GetVisibleAsync(viewer, [directiveId], cancellationToken)).GetValueOrDefault(directiveId)
            ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
        var command = new SaveUnitReportCommand(organizationId, activities, narrative, submit, actorId);
        var reportId = (await grains.GetGrain<IDirectiveGrain>(directive.Id).SaveReportAsync(command)).Unwrap();
        return (await reader.GetReportsByIdsAsync([reportId], cancellationToken))[reportId];
    }

    /// <summary>The directives the viewer issued (manages the issuer) or received (may report for a recipient), newest first.</summary>
    public async Task<Page<Directive>> ListAsync(Viewer viewer, PageRequest page, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var issuing = await access.ScopesAsync(viewer, Permission.ManageDirectives, cancellationToken);
        var reporting = await access.ScopesAsync(viewer, Permission.Report, cancellationToken);
        return await reader.ListAsync(issuing, reporting, page, cancellationToken);
    }

    /// <summary>The directives among <paramref name="ids"/> the viewer issued or received.</summary>
    public async Task<IReadOnlyDictionary<Guid, Directive>> GetVisibleAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, Directive>();
        if (!viewer.IsAuthenticated)
        {
            return visible;
        }

        foreach (var (id, directive) in await reader.GetByIdsAsync(ids, cancellationToken))
        {
            if (await IsIssuerManagerAsync(viewer, directive, cancellationToken) || await ReportableRecipientsAsync(viewer, directive, cancellationToken) is { Count: > 0 })
            {
                visible[id] = directive;
            }
        }

        return visible;
    }

    /// <summary>
    /// The reports of a directive the viewer may know of: every recipient's (status at least) for the issuer's managers,
    /// the viewer's own organizations' for a recipient.
    /// </summary>
    public async Task<IReadOnlyList<UnitReport>> ListReportsAsync(Viewer viewer, Directive directive, CancellationToken cancellationToken)
    {
        var all = await reader.ListReportsAsync(directive.Id, cancellationToken);
        if (await IsIssuerManagerAsync(viewer, directive, cancellationToken))
        {
            return all;
        }

        var own = await ReportableRecipientsAsync(viewer, directive, cancellationToken);
        return all.Where(r => own.Contains(r.OrganizationId)).ToList();
    }

    /// <summary>The reports among <paramref name="ids"/> the viewer may know of (as in <see cref="ListReportsAsync"/>).</summary>
    public async Task<IReadOnlyDictionary<Guid, UnitReport>> GetVisibleReportsAsync(Viewer viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var visible = new Dictionary<Guid, UnitReport>();
        var reports = await reader.GetReportsByIdsAsync(ids, cancellationToken);
        var directives = await GetVisibleAsync(viewer, reports.Values.Select(r => r.DirectiveId).Distinct().ToList(), cancellationToken);
        foreach (var (id, report) in reports)
        {
            if (directives.TryGetValue(report.DirectiveId, out var directive)
                && (await IsIssuerManagerAsync(viewer, directive, cancellationToken) || await access.CanAsync(viewer, Permission.Report, report.OrganizationId, cancellationToken)))
            {
                visible[id] = report;
            }
        }

        return visible;
    }

    /// <summary>
    /// Whether the viewer reads the report's content (activities, narrative, figures) and not only its status: the
    /// unit itself, or the issuer once it is submitted.
    /// </summary>
    public async Task<bool> CanReadContentAsync(Viewer viewer, UnitReport report, CancellationToken cancellationToken)
    {
        var directive = (await reader.GetByIdsAsync([report.DirectiveId], cancellationToken))[report.DirectiveId];
        return await access.CanReadUnitReportAsync(viewer, directive.IssuerId, report.OrganizationId, report.IsSubmitted, cancellationToken);
    }

    /// <summary>
    /// The platform's figures for a report the viewer may see (its organization's subtree and merged predecessors, the
    /// directive's period). They are the platform's own counts, not the unit's words, so the issuer sees them before
    /// the unit submits; computed once per report per request.
    /// </summary>
    public async Task<ReportFigures> GetFiguresAsync(Viewer viewer, UnitReport report, CancellationToken cancellationToken)
    {
        if (_figures.TryGetValue(report.Id, out var cached))
        {
            return cached;
        }

        if ((await GetVisibleReportsAsync(viewer, [report.Id], cancellationToken)).Count == 0)
        {
            return new ReportFigures([]);
        }

        var directive = (await reader.GetByIdsAsync([report.DirectiveId], cancellationToken))[report.DirectiveId];
        var merges = await organizations.GetMergesAsync(cancellationToken);
        var counted = await aggregator.CountAsync(directive, [report.OrganizationId, .. OrganizationLineage.PredecessorsOf(report.OrganizationId, merges)], cancellationToken);
        _figures[report.Id] = counted;
        return counted;
    }

    /// <summary>
    /// The issuer's aggregate of a directive: each recipient (merged ones rolled into the organization standing for
    /// them today), who reported, who is late, the platform's figures and the submitted activities. The read model an
    /// exporter prints. The issuer's managers only.
    /// </summary>
    public async Task<DirectiveAggregate> GetAggregateAsync(Viewer viewer, Guid directiveId, CancellationToken cancellationToken)
    {
        access.RequireUser(viewer);
        var directive = (await GetVisibleAsync(viewer, [directiveId], cancellationToken)).GetValueOrDefault(directiveId)
            ?? throw new NotFoundException("Không tìm thấy văn bản chỉ đạo.", "directiveId");
        await access.EnsureAsync(viewer, Permission.ManageDirectives, directive.IssuerId, cancellationToken);
        return await aggregator.BuildAsync(directive, null, cancellationToken);
    }

    /// <summary>The lines behind a figure of the aggregate: of one recipient row, or of the whole directive.</summary>
    public async Task<IReadOnlyList<FigureItem>> ListFigureItemsAsync(Viewer viewer, Guid directiveId, Guid? organizationId, ReportFigure figure, CancellationToken cancellationToken)
    {
        var aggregate = await GetAggregateAsync(viewer, directiveId, cancellationToken);
        if (organizationId is not { } id)
        {
            return aggregate.Figures.ItemsOf(figure);
        }

        var row = aggregate.Rows.FirstOrDefault(r => r.OrganizationId == id || r.Reports.Any(report => report.OrganizationId == id))
            ?? throw new NotFoundException("Tổ chức này không nhận văn bản chỉ đạo.", "organizationId");
        return row.Figures.ItemsOf(figure);
    }

    /// <summary>Whether the viewer follows the directive as its issuer (sees every recipient's status and the aggregate).</summary>
    public Task<bool> IsIssuerManagerAsync(Viewer viewer, Directive directive, CancellationToken cancellationToken) =>
        access.CanAsync(viewer, Permission.ManageDirectives, directive.IssuerId, cancellationToken);

    /// <summary>The reports of the directive the viewer writes: those of the recipients it may report for.</summary>
    public async Task<IReadOnlyList<UnitReport>> ListOwnReportsAsync(Viewer viewer, Directive directive, CancellationToken cancellationToken)
    {
        var own = await ReportableRecipientsAsync(viewer, directive, cancellationToken);
        return own.Count == 0 ? [] : (await reader.ListReportsAsync(directive.Id, cancellationToken)).Where(r => own.Contains(r.OrganizationId)).ToList();
    }

    private async Task<HashSet<Guid>> ReportableRecipientsAsync(Viewer viewer, Directive directive, CancellationToken cancellationToken)
    {
        var own = new HashSet<Guid>();
        foreach (var recipientId in directive.RecipientIds)
        {
            if (await access.CanAsync(viewer, Permission.Report, recipientId, cancellationToken))
            {
                own.Add(recipientId);
            }
        }

        return own;
    }
}
