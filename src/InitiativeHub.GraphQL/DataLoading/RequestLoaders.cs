using InitiativeHub.Application.Access;
using InitiativeHub.Application.Awards;
using InitiativeHub.Domain.Awards;
using InitiativeHub.Application.Campaigns;
using InitiativeHub.Application.Directives;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Application.Entries;
using InitiativeHub.Application.Exports;
using InitiativeHub.Application.Judging;
using InitiativeHub.Domain.Judging;
using InitiativeHub.Domain.Campaigns;
using InitiativeHub.Domain.Entries;
using InitiativeHub.Application.Organizations;
using InitiativeHub.Application.Users;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.GraphQL.DataLoading;

/// <summary>The batch loaders of one request (scoped). User profiles are filtered by what the viewer may see.</summary>
public sealed class RequestLoaders(OrganizationService organizations, UserService users, CampaignService campaigns, EntryService entries, JudgingService judging, DirectiveService directives, RankingService ranking, ExportService exports, PlanService plans, AwardService awards)
{
    private BatchLoader<Guid, Organization>? _organizationById;
    private readonly Dictionary<Viewer, BatchLoader<Guid, UserProfile>> _visibleUserById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Campaign>> _visibleCampaignById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Category>> _visibleCategoryById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, AwardTier>> _visibleAwardTierById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Entry>> _visibleEntryById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Panel>> _visiblePanelById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, AssignmentRecord>> _visibleAssignmentById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Directive>> _visibleDirectiveById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, UnitReport>> _visibleUnitReportById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, ScoreSheet>> _visibleSheetByAssignmentId = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, EntryResultRecord>> _visibleResultByEntryId = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, PanelVoteRecord>> _visiblePanelVoteById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, ExportJobSnapshot>> _visibleExportJobById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Plan>> _visiblePlanById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, PlanTask>> _visiblePlanTaskById = [];
    private readonly Dictionary<Viewer, BatchLoader<Guid, Award>> _visibleAwardById = [];

    public BatchLoader<Guid, Organization> OrganizationById =>
        _organizationById ??= new BatchLoader<Guid, Organization>(organizations.GetByIdsAsync);

    public BatchLoader<Guid, UserProfile> VisibleUserById(Viewer viewer) =>
        For(_visibleUserById, viewer, (ids, ct) => users.GetVisibleAsync(viewer, ids, ct));

    public BatchLoader<Guid, Campaign> VisibleCampaignById(Viewer viewer) =>
        For(_visibleCampaignById, viewer, (ids, ct) => campaigns.GetVisibleAsync(viewer, ids, ct));

    public BatchLoader<Guid, Category> VisibleCategoryById(Viewer viewer) =>
        For(_visibleCategoryById, viewer, (ids, ct) => campaigns.GetVisibleCategoriesAsync(viewer, ids, ct));

    public BatchLoader<Guid, AwardTier> VisibleAwardTierById(Viewer viewer) =>
        For(_visibleAwardTierById, viewer, (ids, ct) => campaigns.GetVisibleAwardTiersAsync(viewer, ids, ct));

    public BatchLoader<Guid, Entry> VisibleEntryById(Viewer viewer) =>
        For(_visibleEntryById, viewer, (ids, ct) => entries.GetVisibleAsync(viewer, ids, ct));

    public BatchLoader<Guid, Panel> VisiblePanelById(Viewer viewer) =>
        For(_visiblePanelById, viewer, (ids, ct) => judging.GetVisiblePanelsAsync(viewer, ids, ct));

    public BatchLoader<Guid, AssignmentRecord> VisibleAssignmentById(Viewer viewer) =>
        For(_visibleAssignmentById, viewer, (ids, ct) => judging.GetVisibleAssignmentsAsync(viewer, ids, ct));

    public BatchLoader<Guid, Directive> VisibleDirectiveById(Viewer viewer) =>
        For(_visibleDirectiveById, viewer, (ids, ct) => directives.GetVisibleAsync(viewer, ids, ct));

    public BatchLoader<Guid, UnitReport> VisibleUnitReportById(Viewer viewer) =>
        For(_visibleUnitReportById, viewer, (ids, ct) => directives.GetVisibleReportsAsync(viewer, ids, ct));
    public BatchLoader<Guid, ExportJobSnapshot> VisibleExportJobById(Viewer viewer) =>
        For(_visibleExportJobById, viewer, (ids, ct) => exports.GetVisibleAsync(viewer, ids, ct));

    public BatchLoader<Guid, ScoreSheet> VisibleSheetByAssignmentId(Viewer viewer) =>
        For(_visibleSheetByAssignmentId, viewer, (ids, ct) => judging.GetVisibleSheetsAsync(viewer, ids, ct));

    public BatchLoader<Guid, EntryResultRecord> VisibleResultByEntryId(Viewer viewer) =>
        For(_visibleResultByEntryId, viewer, (ids, ct) => ranking.GetVisibleResultsAsync(viewer, ids, ct));

    public BatchLoader<Guid, PanelVoteRecord> VisiblePanelVoteById(Viewer viewer) =>
        For(_visiblePanelVoteById, viewer, (ids, ct) => judging.GetVisibleVotesAsync(viewer, ids, ct));

    public BatchLoader<Guid, Plan> VisiblePlanById(Viewer viewer) =>
        For(_visiblePlanById, viewer, (ids, ct) => plans.GetVisiblePlansAsync(viewer, ids, ct));

    public BatchLoader<Guid, PlanTask> VisiblePlanTaskById(Viewer viewer) =>
        For(_visiblePlanTaskById, viewer, (ids, ct) => plans.GetVisibleTasksAsync(viewer, ids, ct));

    public BatchLoader<Guid, Award> VisibleAwardById(Viewer viewer) =>
        For(_visibleAwardById, viewer, (ids, ct) => awards.GetVisibleAsync(viewer, ids, ct));

    private static BatchLoader<Guid, T> For<T>(
        Dictionary<Viewer, BatchLoader<Guid, T>> loaders, Viewer viewer, Func<IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> fetch)
        where T : class
    {
        if (!loaders.TryGetValue(viewer, out var loader))
        {
            loader = new BatchLoader<Guid, T>(fetch);
            loaders[viewer] = loader;
        }

        return loader;
    }
}
