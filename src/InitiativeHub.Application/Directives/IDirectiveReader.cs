using InitiativeHub.Application.Common.Paging;
using InitiativeHub.Domain.Directives;
using InitiativeHub.Domain.Organizations;

namespace InitiativeHub.Application.Directives;

/// <summary>Read side of directives, reports, plans and tasks.</summary>
public interface IDirectiveReader
{
    /// <summary>
    /// Directives issued by an organization under one of <paramref name="issuerScopes"/> or addressed to one under
    /// <paramref name="recipientScopes"/>, newest first.
    /// </summary>
    Task<Page<Directive>> ListAsync(IReadOnlyList<OrganizationPath> issuerScopes, IReadOnlyList<OrganizationPath> recipientScopes, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Directive>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Every recipient's report of the directive, by recipient name.</summary>
    Task<IReadOnlyList<UnitReport>> ListReportsAsync(Guid directiveId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, UnitReport>> GetReportsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The organization's plans, newest first.</summary>
    Task<IReadOnlyList<Plan>> ListPlansAsync(Guid organizationId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, Plan>> GetPlansByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlanTask>> ListTasksOfPlanAsync(Guid planId, CancellationToken cancellationToken);

    /// <summary>Tasks assigned to units under one of <paramref name="assigneeScopes"/>, by due date.</summary>
    Task<Page<PlanTask>> ListTasksAsync(IReadOnlyList<OrganizationPath> assigneeScopes, PageRequest page, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<Guid, PlanTask>> GetTasksByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
